// Progressive enhancement only: every page works without this file.
(function () {
  document.documentElement.classList.add('js');
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('gnb');
  if (!toggle || !nav) { return; }
  var mobile = window.matchMedia('(max-width: 767px)');
  function apply() {
    if (mobile.matches) {
      toggle.hidden = false;
      var open = toggle.getAttribute('aria-expanded') === 'true';
      nav.setAttribute('data-collapsed', open ? 'false' : 'true');
    } else {
      toggle.hidden = true;
      nav.removeAttribute('data-collapsed');
    }
  }
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
    apply();
  });
  mobile.addEventListener('change', apply);
  apply();
})();
