/*
 * signature-pad.js, version 1 (issue 22). The signature drawn on site with a finger, a pen or a mouse: a canvas
 * marked data-signature-for="<hidden field id>" takes pointer events, draws the strokes, and after each stroke
 * writes the drawing as a PNG data URL into that hidden field, which the form posts like any other; a button marked
 * data-signature-clear="<canvas id>" starts again. The server checks the PNG (size, magic, dimensions, ink), so
 * nothing here is trusted. Listeners sit on the document, so a canvas that an ajax update draws anew keeps working.
 * Also: a button marked data-print prints the page (the delivery note), as no inline handler may under the CSP.
 */
(function () {
    'use strict';

    var drawing = null;

    function point(canvas, event) {
        var box = canvas.getBoundingClientRect();
        // the canvas keeps its own resolution whatever width the phone gives it
        return {
            x: (event.clientX - box.left) * canvas.width / box.width,
            y: (event.clientY - box.top) * canvas.height / box.height
        };
    }

    function pen(canvas) {
        var context = canvas.getContext('2d');
        context.lineWidth = 3;
        context.lineCap = 'round';
        context.lineJoin = 'round';
        context.strokeStyle = '#1a237e';
        return context;
    }

    function save(canvas) {
        var field = document.getElementById(canvas.getAttribute('data-signature-for'));
        if (field) {
            field.value = canvas.getAttribute('data-signed') === 'true' ? canvas.toDataURL('image/png') : '';
        }
    }

    document.addEventListener('pointerdown', function (event) {
        var canvas = event.target;
        if (!canvas.matches || !canvas.matches('canvas[data-signature-for]')) {
            return;
        }
        event.preventDefault();
        if (canvas.setPointerCapture) {
            canvas.setPointerCapture(event.pointerId);
        }
        var at = point(canvas, event);
        var context = pen(canvas);
        context.beginPath();
        context.moveTo(at.x, at.y);
        context.lineTo(at.x + 0.1, at.y + 0.1); // a dot is ink too
        context.stroke();
        drawing = {canvas: canvas, context: context, pointer: event.pointerId};
        canvas.setAttribute('data-signed', 'true');
    });

    document.addEventListener('pointermove', function (event) {
        if (!drawing || event.pointerId !== drawing.pointer) {
            return;
        }
        event.preventDefault();
        var at = point(drawing.canvas, event);
        drawing.context.lineTo(at.x, at.y);
        drawing.context.stroke();
    });

    function end(event) {
        if (!drawing || event.pointerId !== drawing.pointer) {
            return;
        }
        save(drawing.canvas);
        drawing = null;
    }

    document.addEventListener('pointerup', end);
    document.addEventListener('pointercancel', end);

    document.addEventListener('click', function (event) {
        var clear = event.target.closest && event.target.closest('[data-signature-clear]');
        if (clear) {
            event.preventDefault();
            var canvas = document.getElementById(clear.getAttribute('data-signature-clear'));
            if (canvas) {
                canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
                canvas.setAttribute('data-signed', 'false');
                save(canvas);
            }
            return;
        }
        if (event.target.closest && event.target.closest('[data-print]')) {
            event.preventDefault();
            window.print();
        }
    });
}());
