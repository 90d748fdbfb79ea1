/*
 * qr-scan.js, version 1 (issue 22). Scans a stock label's QR with the phone's camera on the stock check and the
 * posting page. A button marked data-qr-scan="<scanner element id>" opens the camera (getUserMedia, the back camera
 * where there is one) in that element's <video>; frames are decoded with the browser's BarcodeDetector where it
 * exists and knows QR codes, otherwise with ZXing's decoder (@zxing/library, served as a versioned resource). A QR
 * counts only when it is one of our stock labels: this server's /stock/material.xhtml?code=..&warehouse=.. address.
 * Then data-qr-action="open" opens that material's stock page, and data-qr-action="fill" puts the material in the
 * autocomplete whose widgetVar is data-qr-widget (searching it and choosing the item, as a person would), and the
 * warehouse in the select data-qr-warehouse when it is one of its options. The page needs
 * Permissions-Policy camera=(self) (platform/web/SecurityHeadersFilter). Texts come from the button's data-*.
 */
(function () {
    'use strict';

    var session = null;

    /** The material and warehouse of one of our stock label addresses, or null for any other text. */
    function stockLabel(text, contextPath) {
        var url;
        try {
            url = new URL(text, window.location.href);
        } catch (e) {
            return null;
        }
        if (url.origin !== window.location.origin || url.pathname !== contextPath + '/stock/material.xhtml') {
            return null;
        }
        var code = url.searchParams.get('code');
        return code ? {code: code, warehouse: url.searchParams.get('warehouse')} : null;
    }

    function say(scanner, text) {
        var status = scanner.querySelector('[data-qr-status]');
        if (status) {
            status.textContent = text || '';
        }
    }

    function stop() {
        if (!session) {
            return;
        }
        session.stopped = true;
        if (session.stream) {
            session.stream.getTracks().forEach(function (track) {
                track.stop();
            });
        }
        session.video.srcObject = null;
        session.scanner.hidden = true;
        session = null;
    }

    /** A decoder for one frame at a time: BarcodeDetector when it reads QR codes here, else ZXing's reader. */
    function decoder() {
        var zxing = function () {
            if (!window.ZXing) {
                return Promise.reject(new Error('no decoder'));
            }
            var reader = new window.ZXing.QRCodeReader();
            var canvas = document.createElement('canvas');
            return Promise.resolve(function (video) {
                if (!video.videoWidth) {
                    return Promise.resolve(null);
                }
                canvas.width = video.videoWidth;
                canvas.height = video.videoHeight;
                canvas.getContext('2d', {willReadFrequently: true}).drawImage(video, 0, 0);
                try {
                    var source = new window.ZXing.HTMLCanvasElementLuminanceSource(canvas);
                    var bitmap = new window.ZXing.BinaryBitmap(new window.ZXing.HybridBinarizer(source));
                    return Promise.resolve(reader.decode(bitmap).getText());
                } catch (e) {
                    // no QR in this frame (NotFound, Checksum, Format): try the next one
                    return Promise.resolve(null);
                }
            });
        };
        if (!('BarcodeDetector' in window) || !window.BarcodeDetector.getSupportedFormats) {
            return zxing();
        }
        return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
            if (formats.indexOf('qr_code') < 0) {
                return zxing();
            }
            var detector = new window.BarcodeDetector({formats: ['qr_code']});
            return function (video) {
                return detector.detect(video).then(function (codes) {
                    return codes.length ? codes[0].rawValue : null;
                });
            };
        }, zxing);
    }

    function fill(button, label) {
        var widget = window.PF ? window.PF(button.getAttribute('data-qr-widget')) : null;
        var select = document.getElementById(button.getAttribute('data-qr-warehouse'));
        if (select && label.warehouse) {
            var known = Array.prototype.some.call(select.options, function (o) {
                return o.value === label.warehouse;
            });
            if (known) {
                select.value = label.warehouse;
                var menu = window.PrimeFaces && select.closest('.ui-selectonemenu');
                if (menu && window.PF) {
                    // the PrimeFaces menu shows its own label: tell its widget too
                    Object.keys(PrimeFaces.widgets).forEach(function (name) {
                        var w = PrimeFaces.widgets[name];
                        if (w && w.id === menu.id && w.selectValue) {
                            w.selectValue(label.warehouse);
                        }
                    });
                }
            }
        }
        if (!widget) {
            return;
        }
        widget.input.val(label.code);
        if (widget.hinput && widget.hinput.length) {
            widget.hinput.val(label.code);
        }
        // choose the item the search offers for the code, as a person would: the form then posts a real choice
        widget.search(label.code);
        var tries = 0;
        var timer = window.setInterval(function () {
            tries++;
            var item = widget.panel && widget.panel.find('.ui-autocomplete-item').filter(function () {
                return this.getAttribute('data-item-value') === label.code;
            });
            if (item && item.length) {
                window.clearInterval(timer);
                item.first().trigger('click');
                widget.input.attr('data-qr-filled', label.code);
            } else if (tries > 40) {
                window.clearInterval(timer);
            }
        }, 100);
    }

    function found(button, text) {
        var contextPath = button.getAttribute('data-qr-context') || '';
        var label = stockLabel(text, contextPath);
        var scanner = document.getElementById(button.getAttribute('data-qr-scan'));
        if (!label) {
            say(scanner, button.getAttribute('data-qr-foreign'));
            return false;
        }
        stop();
        if (button.getAttribute('data-qr-action') === 'open') {
            window.location.href = contextPath + '/stock/material.xhtml?code=' + encodeURIComponent(label.code)
                + (label.warehouse ? '&warehouse=' + encodeURIComponent(label.warehouse) : '');
        } else {
            fill(button, label);
        }
        return true;
    }

    function start(button) {
        stop();
        var scanner = document.getElementById(button.getAttribute('data-qr-scan'));
        var video = scanner.querySelector('video');
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            scanner.hidden = false;
            say(scanner, button.getAttribute('data-qr-nocamera'));
            return;
        }
        var current = {scanner: scanner, video: video, stream: null, stopped: false};
        session = current;
        scanner.hidden = false;
        say(scanner, button.getAttribute('data-qr-looking'));
        navigator.mediaDevices.getUserMedia({video: {facingMode: {ideal: 'environment'}}, audio: false})
            .then(function (stream) {
                if (current.stopped) {
                    stream.getTracks().forEach(function (t) {
                        t.stop();
                    });
                    return null;
                }
                current.stream = stream;
                video.srcObject = stream;
                return video.play().then(decoder);
            })
            .then(function (decode) {
                if (!decode) {
                    return;
                }
                var busy = false;
                var tick = function () {
                    if (current.stopped) {
                        return;
                    }
                    if (!busy) {
                        busy = true;
                        decode(video).then(function (text) {
                            busy = false;
                            if (!(text && found(button, text))) {
                                window.setTimeout(tick, 200);
                            }
                        }, function () {
                            busy = false;
                            window.setTimeout(tick, 200);
                        });
                    }
                };
                tick();
            })
            .catch(function () {
                say(scanner, button.getAttribute('data-qr-nocamera'));
            });
    }

    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('[data-qr-scan], [data-qr-stop]') : null;
        if (!target) {
            return;
        }
        event.preventDefault();
        if (target.hasAttribute('data-qr-stop')) {
            stop();
        } else {
            start(target);
        }
    });
    // leaving the page (or an ajax update replacing it) switches the camera off
    window.addEventListener('pagehide', stop);
}());
