/*
 * Every date picker on the page marks the working-day calendar's exceptions, as Chinese wall calendars do: a small
 * "休" on a day off, "班" on a weekend day worked in exchange, and a dotted day in a year whose holiday notice is not
 * loaded (its dates are provisional). The data comes once per page from the #gw-picker-days element
 * (calendar/PickerDays). Widgets are wrapped at creation, so pickers that arrive with an ajax update are marked too.
 */
(function () {
    var holder = document.getElementById('gw-picker-days');
    if (!holder || !window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.DatePicker) {
        return;
    }
    var days = JSON.parse(holder.getAttribute('data-days'));

    function two(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function escaped(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
            return '&#' + c.charCodeAt(0) + ';';
        });
    }

    function marked(date) {
        var iso = date.year + '-' + two(date.month + 1) + '-' + two(date.day);
        var kind, title;
        if (Object.prototype.hasOwnProperty.call(days.off, iso)) {
            kind = 'off';
            title = days.off[iso];
        } else if (Object.prototype.hasOwnProperty.call(days.worked, iso)) {
            kind = 'worked';
            title = days.worked[iso];
        } else if (days.known.indexOf(date.year) < 0) {
            return '<span class="gw-pick-provisional" title="' + escaped(days.labels.provisional) + '">'
                + date.day + '</span>';
        } else {
            return date.day;
        }
        return '<span class="gw-pick-' + kind + '" data-date="' + iso + '" title="' + escaped(title) + '">'
            + date.day + '<small>' + escaped(days.labels[kind]) + '</small></span>';
    }

    var init = PrimeFaces.widget.DatePicker.prototype.init;
    PrimeFaces.widget.DatePicker.prototype.init = function (cfg) {
        if (!cfg.dateTemplate) {
            cfg.dateTemplate = marked;
        }
        init.call(this, cfg);
    };
}());
