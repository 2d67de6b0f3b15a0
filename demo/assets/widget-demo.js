/*
 * demo/widget.html: wires the case form into window.demoCase (case model, schemaVersion 1, see
 * docs/case-model.md). Every input/change rebuilds the object, shows it in the JSON preview and fires
 *   window.dispatchEvent(new CustomEvent('democasechange', { detail: window.demoCase }))
 * so an embedded widget can re-check the case. window.getDemoCase() returns the current object.
 *
 * Field mapping: elements carry data-path="a.b.c" (text), data-type="number|boolean|date" and, for
 * arrays, the containers below. Empty values are left out (a partly filled case is normal).
 */
(function () {
  'use strict';

  var form = document.getElementById('demo-case-form');
  var preview = document.getElementById('demo-case-json');
  if (!form) return;

  function setPath(target, path, value) {
    var keys = path.split('.');
    var node = target;
    for (var i = 0; i < keys.length - 1; i++) {
      if (!node[keys[i]] || typeof node[keys[i]] !== 'object') node[keys[i]] = {};
      node = node[keys[i]];
    }
    node[keys[keys.length - 1]] = value;
  }

  function readValue(el) {
    var type = el.getAttribute('data-type');
    if (type === 'boolean') {
      if (el.type === 'checkbox') return el.checked;
      if (el.value === '') return undefined;
      return el.value === 'true';
    }
    var raw = (el.value || '').trim();
    if (raw === '') return undefined;
    if (type === 'list') {
      var parts = raw.split(/[、,，;；\s]+/).filter(Boolean);
      return parts.length ? parts : undefined;
    }
    if (type === 'number') {
      var n = Number(raw);
      return Number.isFinite(n) ? n : undefined;
    }
    return raw;
  }

  function buildCase() {
    var result = { schemaVersion: 1 };
    form.querySelectorAll('[data-path]').forEach(function (el) {
      var value = readValue(el);
      if (value !== undefined) setPath(result, el.getAttribute('data-path'), value);
    });

    // decision.kinds: checkboxes
    var kinds = [];
    form.querySelectorAll('input[data-sanction]:checked').forEach(function (el) {
      kinds.push(el.getAttribute('data-sanction'));
    });
    if (kinds.length) setPath(result, 'decision.kinds', kinds);

    // legalBasis rows
    var refs = [];
    form.querySelectorAll('[data-legal-ref]').forEach(function (row) {
      var ref = { role: row.getAttribute('data-legal-ref') };
      row.querySelectorAll('[data-key]').forEach(function (el) {
        var v = readValue(el);
        if (v !== undefined) ref[el.getAttribute('data-key')] = v;
      });
      if (ref.law) refs.push(ref);
    });
    if (refs.length) result.legalBasis = refs;

    // officers rows
    var officers = [];
    form.querySelectorAll('[data-officer]').forEach(function (row) {
      var officer = {};
      row.querySelectorAll('[data-key]').forEach(function (el) {
        var v = readValue(el);
        if (v !== undefined) officer[el.getAttribute('data-key')] = v;
      });
      if (officer.name) {
        officer.roles = (row.getAttribute('data-roles') || 'handler').split(',');
        officers.push(officer);
      }
    });
    if (officers.length) result.officers = officers;

    // evidence rows
    var evidence = [];
    form.querySelectorAll('[data-evidence]').forEach(function (row) {
      var item = {};
      row.querySelectorAll('[data-key]').forEach(function (el) {
        var v = readValue(el);
        if (v !== undefined) item[el.getAttribute('data-key')] = v;
      });
      if (item.title) evidence.push(item);
    });
    if (evidence.length) result.evidence = evidence;

    // events: one date input per kind
    var events = [];
    form.querySelectorAll('[data-event]').forEach(function (el) {
      var v = readValue(el);
      if (v !== undefined) events.push({ kind: el.getAttribute('data-event'), at: v });
    });
    if (events.length) result.events = events;

    result.origin = {
      url: window.location.href,
      system: '济南市行政执法办案平台（演示）',
    };
    return result;
  }

  function update() {
    window.demoCase = buildCase();
    if (preview) preview.textContent = JSON.stringify(window.demoCase, null, 2);
    window.dispatchEvent(new CustomEvent('democasechange', { detail: window.demoCase }));
  }

  window.getDemoCase = function () {
    return window.demoCase;
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
})();
