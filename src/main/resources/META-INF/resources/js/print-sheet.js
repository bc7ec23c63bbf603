// The client's sheet: its print button opens the browser's print dialog (pages run no inline code).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
});
