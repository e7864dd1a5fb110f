// AutoGHG console forms: a form the server refuses comes back as HTTP 422 with the messages next to
// its fields; htmx should show that page fragment rather than treat it as an error.
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
