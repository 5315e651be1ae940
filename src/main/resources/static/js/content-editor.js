// The post editor: a plain textarea (Korean input methods work as everywhere) with a few
// buttons that wrap the selection in HTML tags. Without JavaScript the textarea alone works.
(function () {
  function insert(area, before, after) {
    var start = area.selectionStart, end = area.selectionEnd, text = area.value;
    area.value = text.slice(0, start) + before + text.slice(start, end) + after + text.slice(end);
    area.focus();
    area.selectionStart = start + before.length;
    area.selectionEnd = end + before.length;
  }
  function quote(value) {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }
  document.querySelectorAll('[data-editor-toolbar]').forEach(function (toolbar) {
    var area = document.getElementById(toolbar.getAttribute('data-editor-toolbar'));
    if (!area) { return; }
    toolbar.hidden = false;
    toolbar.querySelectorAll('button[data-before]').forEach(function (button) {
      button.addEventListener('click', function () {
        insert(area, button.getAttribute('data-before'), button.getAttribute('data-after'));
      });
    });
    document.querySelectorAll('button[data-src]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        insert(area, '<img src="' + quote(button.getAttribute('data-src')) + '" alt="'
          + quote(button.getAttribute('data-alt') || '') + '">', '');
      });
    });
  });
})();
