// Structure space: when a form comes back with errors, move the focus to their summary so that
// keyboard and screen-reader users hear what to correct; each item links to its field.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
