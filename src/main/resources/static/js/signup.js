// Sign-up form, progressive enhancement: without this file every consent is its own box and the
// guardian fields are always shown (the server checks both either way).
(function () {
  var form = document.querySelector('form[data-signup]');
  if (!form) { return; }

  var all = document.getElementById('agreeAll');
  var items = Array.prototype.slice.call(form.querySelectorAll('input[data-consent]'));
  if (all && items.length) {
    all.closest('[hidden]') && (all.closest('[hidden]').hidden = false);
    var sync = function () { all.checked = items.every(function (i) { return i.checked; }); };
    all.addEventListener('change', function () {
      items.forEach(function (i) { i.checked = all.checked; });
    });
    items.forEach(function (i) { i.addEventListener('change', sync); });
    sync();
  }

  var birth = document.getElementById('birthDate');
  var guardian = document.getElementById('guardian');
  var age = Number(form.getAttribute('data-guardian-age'));
  if (birth && guardian && age) {
    var update = function () {
      var value = birth.value;
      var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) {
        guardian.hidden = !guardian.hasAttribute('data-has-errors');
        return;
      }
      var today = new Date();
      var years = today.getFullYear() - Number(match[1]);
      var beforeBirthday = today.getMonth() + 1 < Number(match[2])
        || (today.getMonth() + 1 === Number(match[2]) && today.getDate() < Number(match[3]));
      if (beforeBirthday) { years -= 1; }
      guardian.hidden = years >= age;
    };
    birth.addEventListener('change', update);
    birth.addEventListener('input', update);
    update();
  }
})();
