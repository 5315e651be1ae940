// Progressive enhancement only: every page works without this file.
(function () {
  document.documentElement.classList.add('js');
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  // The 메뉴 link opens the menu by its #gnb target without JavaScript; here it becomes a
  // button that opens and closes the menu in place. The CSS keeps the menu closed on phones
  // from the first paint, so nothing moves when this runs.
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('gnb');
  if (!toggle || !nav) { return; }
  toggle.setAttribute('role', 'button');
  toggle.setAttribute('aria-expanded', nav.hasAttribute('data-open') ? 'true' : 'false');
  toggle.addEventListener('click', function (event) {
    event.preventDefault();
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) { nav.setAttribute('data-open', ''); } else { nav.removeAttribute('data-open'); }
  });
  toggle.addEventListener('keydown', function (event) {
    if (event.key === ' ') { event.preventDefault(); toggle.click(); }
  });
})();
