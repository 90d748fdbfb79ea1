/*
 * The milestone plan's Gantt. frappe-gantt (resources/frappe-gantt/<version>) draws the date axis, the forecast
 * bars, the non-working days and the dependency arrows from the JSON the server put in data-gantt (PlanGantt);
 * (and the portfolio's, read-only: PortfolioGantt) this adds what frappe-gantt has no notion of (baseline bars, actual markers, the legal deadline line) in the
 * chart's own scale, and hands a dragged forecast bar's new last day to the page's remote command, which saves it
 * through the same service call as the row's Save button. No rule is decided here: float, slip, lateness and the
 * critical path arrive computed, and the page is drawn again from the server's answer (a refused move goes back).
 */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var DAY = 86400000;
    /** The move a drag is making, sent once the mouse button is released (frappe reports every step of it). */
    var pending = null;

    function day(text) {
        var parts = text.split('-');
        return new Date(+parts[0], parts[1] - 1, +parts[2]);
    }

    function iso(date) {
        var month = date.getMonth() + 1;
        var dayOfMonth = date.getDate();
        return date.getFullYear() + '-' + (month < 10 ? '0' : '') + month + '-' + (dayOfMonth < 10 ? '0' : '')
            + dayOfMonth;
    }

    function shape(name, attributes, parent) {
        var element = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (key) {
            element.setAttribute(key, attributes[key]);
        });
        parent.appendChild(element);
        return element;
    }

    /** The left edge of a day's column, as frappe-gantt places its own bars in the Day view. */
    function x(gantt, text) {
        return Math.round((day(text) - gantt.gantt_start) / DAY) * gantt.config.column_width;
    }

    function decorate(gantt, data) {
        var column = gantt.config.column_width;
        var height = gantt.options.bar_height;
        // frappe-gantt makes its box exactly as high as its rows: room for the horizontal scroll bar under the last
        gantt.$container.style.height = (gantt.grid_height + 18) + 'px';
        var under = document.createElementNS(SVG, 'g');
        under.setAttribute('class', 'gw-gantt-baselines');
        gantt.$svg.insertBefore(under, gantt.layers.bar);
        var over = shape('g', {'class': 'gw-gantt-markers'}, gantt.$svg);
        var critical = {};
        data.tasks.forEach(function (task) {
            var bar = gantt.get_bar(task.id);
            if (!bar) {
                return;
            }
            critical[task.id] = task.critical;
            bar.group.classList.toggle('gw-critical', task.critical);
            bar.group.classList.toggle('gw-late', task.late);
            bar.group.classList.toggle('gw-reached', !!task.actual);
            var top = bar.$bar.getY();
            if (task.baselineStart && task.baselineEnd) {
                var left = x(gantt, task.baselineStart);
                shape('rect', {
                    'class': 'gw-gantt-baseline', 'data-id': task.id, x: left, y: top + height + 2,
                    width: x(gantt, task.baselineEnd) + column - left, height: 5, rx: 2
                }, under);
            }
            if (task.actual) {
                var cx = x(gantt, task.actual) + column / 2;
                var cy = top + height / 2;
                var r = Math.min(8, height / 2);
                shape('polygon', {
                    'class': 'gw-gantt-actual', 'data-id': task.id,
                    points: [cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy].join(' ')
                }, over);
            }
        });
        gantt.$svg.querySelectorAll('.arrow path').forEach(function (arrow) {
            arrow.classList.toggle('gw-critical',
                !!critical[arrow.getAttribute('data-from')] && !!critical[arrow.getAttribute('data-to')]);
        });
        // the deadline is the end of its day (the portfolio's many projects have none in common)
        if (data.deadline) {
            var deadline = x(gantt, data.deadline) + column;
            var line = shape('line', {
                'class': 'gw-gantt-deadline', x1: deadline, x2: deadline,
                y1: gantt.config.header_height, y2: gantt.grid_height
            }, over);
            shape('title', {}, line).textContent = data.deadlineLabel;
            var label = shape('text', {
                'class': 'gw-gantt-deadline-label', x: deadline - 4, y: gantt.config.header_height + 12,
                'text-anchor': 'end'
            }, over);
            label.textContent = data.deadlineLabel;
        }
    }

    function popup(context) {
        context.get_title().textContent = context.task.title;
        context.get_subtitle().textContent = '';
        var details = context.get_details();
        details.textContent = '';
        context.task.details.forEach(function (text) {
            var line = document.createElement('div');
            line.textContent = text;
            details.appendChild(line);
        });
    }

    function draw(element) {
        element.setAttribute('data-drawn', 'true');
        var data = JSON.parse(element.getAttribute('data-gantt'));
        if (!data.tasks.length) {
            return;
        }
        var mode = Object.assign({}, window.Gantt.VIEW_MODE.DAY, {
            padding: [data.paddingBefore + 'd', data.paddingAfter + 'd']
        });
        var holidays = {};
        holidays['var(--gw-nonworking)'] = data.nonWorking;
        new window.Gantt(element, data.tasks, {
            view_modes: [mode],
            language: data.language,
            column_width: 30,
            bar_height: 22,
            padding: 18,
            holidays: holidays,
            infinite_padding: false,
            readonly: !data.editable,
            readonly_progress: true,
            move_dependencies: false,
            today_button: false,
            view_mode_select: false,
            scroll_to: 'start',
            popup: popup,
            on_view_change: function () {
                decorate(this, data);
            },
            on_date_change: function (task, start, end) {
                var forecast = iso(end);
                pending = forecast === task.forecast ? null : {
                    command: element.getAttribute('data-move'), code: task.id, forecast: forecast
                };
            }
        });
    }

    function drawAll() {
        document.querySelectorAll('.gw-gantt[data-gantt]:not([data-drawn])').forEach(draw);
    }

    document.addEventListener('mouseup', function () {
        var move = pending;
        pending = null;
        if (move && typeof window[move.command] === 'function') {
            window[move.command]([{name: 'code', value: move.code}, {name: 'forecast', value: move.forecast}]);
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        drawAll();
        // a save or a move re-renders the form, and with it the chart's element
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', drawAll);
        }
    });
}());
