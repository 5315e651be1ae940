// A center's home page: the banner slides and the popup notice. Without this file every slide
// is shown in a list and the popup is a box above the page (home-noscript.css).
(function () {
  var INTERVAL = 7000; // never faster than 5 seconds between slides

  document.querySelectorAll('[data-carousel]').forEach(function (carousel) {
    var slides = carousel.querySelectorAll('[data-slides] > li');
    var controls = carousel.querySelector('[data-carousel-controls]');
    if (slides.length < 2 || !controls) { return; }
    var count = carousel.querySelector('[data-carousel-count]');
    var pause = carousel.querySelector('[data-carousel-pause]');
    var list = carousel.querySelector('[data-slides]');
    var current = 0, paused = false, hovered = false, timer = null;
    controls.hidden = false;

    function show(index, announce) {
      slides[current].classList.remove('current');
      current = (index + slides.length) % slides.length;
      slides[current].classList.add('current');
      count.textContent = (current + 1) + ' / ' + slides.length;
      list.setAttribute('aria-live', announce ? 'polite' : 'off');
    }
    function schedule() {
      window.clearInterval(timer);
      if (!paused && !hovered) {
        timer = window.setInterval(function () { show(current + 1, false); }, INTERVAL);
      }
    }
    carousel.querySelector('[data-carousel-prev]').addEventListener('click', function () { show(current - 1, true); schedule(); });
    carousel.querySelector('[data-carousel-next]').addEventListener('click', function () { show(current + 1, true); schedule(); });
    pause.addEventListener('click', function () {
      paused = !paused;
      pause.textContent = pause.getAttribute(paused ? 'data-label-play' : 'data-label-pause');
      schedule();
    });
    // stops while someone points at it or moves through it with the keyboard
    carousel.addEventListener('mouseenter', function () { hovered = true; schedule(); });
    carousel.addEventListener('mouseleave', function () { hovered = false; schedule(); });
    carousel.addEventListener('focusin', function () { hovered = true; schedule(); });
    carousel.addEventListener('focusout', function () { hovered = false; schedule(); });
    if (!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches)) {
      schedule();
    } else {
      pause.click();
    }
  });

  // The popup: shown as a modal dialog unless closed with 오늘 하루 보지 않기 today (kept in this browser only).
  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate();
  }
  function remembered(key) {
    try { return window.localStorage.getItem(key) === today(); } catch (e) { return false; }
  }
  document.querySelectorAll('dialog[data-popup]').forEach(function (dialog) {
    var key = dialog.getAttribute('data-popup-key');
    if (typeof dialog.showModal !== 'function' || remembered(key)) { return; }
    dialog.querySelector('[data-popup-actions]').hidden = false;
    dialog.querySelector('[data-popup-close]').addEventListener('click', function () { dialog.close(); });
    dialog.querySelector('[data-popup-today]').addEventListener('click', function () {
      try { window.localStorage.setItem(key, today()); } catch (e) { /* private mode: closes for this page only */ }
      dialog.close();
    });
    dialog.showModal();
  });
})();
