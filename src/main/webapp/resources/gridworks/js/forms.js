/*
 * Enter in a field submits a form only through the form's p:defaultCommand. Without one the browser would
 * "click" the form's first submit button, whatever it is (a row's delete, another row's action): that implicit
 * submission is stopped here, after every default command and widget had its turn (they stop the event). A search
 * form (role="search": one box, one meaning) keeps the browser's Enter.
 */
document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key === 'Enter' && !event.defaultPrevented && field.form && field.tagName === 'INPUT'
            && field.form.getAttribute('role') !== 'search'
            && !/^(submit|button|image|reset|file)$/.test(field.type)) {
        event.preventDefault();
    }
});
