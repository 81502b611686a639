// Structure space: an evidence file larger than the limit (data-max-bytes) is refused as soon as
// it is chosen, with the message of data-too-large next to the field, so it is never sent.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var errorId = input.id + '-size-error';
      var error = document.getElementById(errorId);
      var describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id !== errorId;
      });
      var file = input.files && input.files[0];
      if (file && file.size > Number(input.getAttribute('data-max-bytes'))) {
        input.value = '';
        if (!error) {
          error = document.createElement('p');
          error.id = errorId;
          error.className = 'field-error';
          error.setAttribute('role', 'alert');
          input.parentNode.insertBefore(error, input);
        }
        error.textContent = input.getAttribute('data-too-large');
        describedBy.push(errorId);
        input.setAttribute('aria-invalid', 'true');
      } else {
        if (error) {
          error.remove();
        }
        input.removeAttribute('aria-invalid');
      }
      if (describedBy.length) {
        input.setAttribute('aria-describedby', describedBy.join(' '));
      } else {
        input.removeAttribute('aria-describedby');
      }
    });
  });
});
