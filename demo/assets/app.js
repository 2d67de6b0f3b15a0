/*
 * 济南市行政执法办案平台（演示）: shared page behaviour for the demo host system.
 * Plain browser script (no modules, no build). It only imitates a host system:
 *   - fake buttons: [data-demo-action="save|submit|close|print|query|reset|edit|back"] show a toast
 *     (保存 → 已保存, 提交审批 → 已提交, 结案 → 已结案); forms marked [data-demo-form] never submit;
 *   - tabs: a [data-demo-tabs] container whose headers carry data-demo-tab="<pane id>";
 *     inactive panes get style.display = 'none';
 *   - fake drop-downs: an input with data-demo-options="甲|乙|丙" opens a popper list appended to <body>
 *     (like Element-UI / layui), optional data-demo-sync="<selector>" mirrors the value into a hidden field;
 *   - checkbox / radio skins (Element-UI, layui) follow their native inputs;
 *   - SPA navigation: a page with <script type="application/json" id="demo-spa-cases"> switches between
 *     cases with history.pushState (links carry data-spa-case="<key>"), no reload, back/forward work.
 * Never uses innerHTML: every node is built with createElement / textContent.
 */
(function () {
  'use strict';

  var ACTION_TOASTS = {
    save: '已保存',
    submit: '已提交',
    close: '已结案',
    query: '查询完成',
    reset: '已重置',
    edit: '已进入编辑状态',
    back: '返回上一页',
  };

  // ---------------------------------------------------------------- toast
  var stack = null;
  function toast(message, type) {
    if (!stack || !stack.isConnected) {
      stack = document.createElement('div');
      stack.className = 'demo-toast-stack';
      stack.setAttribute('role', 'status');
      stack.setAttribute('aria-live', 'polite');
      document.body.appendChild(stack);
    }
    var item = document.createElement('div');
    item.className = 'demo-toast' + (type ? ' demo-toast--' + type : '');
    item.setAttribute('data-demo-toast-message', message);
    item.textContent = message;
    stack.appendChild(item);
    window.setTimeout(function () {
      item.classList.add('is-leaving');
      window.setTimeout(function () {
        item.remove();
      }, 320);
    }, 2200);
    return item;
  }

  function runAction(action, source) {
    var custom = source && source.getAttribute('data-demo-toast');
    if (action === 'print') {
      window.print();
      return;
    }
    if (action === 'back' && !custom) {
      if (window.history.length > 1) window.history.back();
      return;
    }
    if (action === 'close') {
      document.querySelectorAll('[data-demo-status]').forEach(function (el) {
        if ('value' in el && el.tagName !== 'SPAN' && el.tagName !== 'DIV' && el.tagName !== 'TD') el.value = '已结案';
        else el.textContent = '已结案';
      });
    }
    toast(custom || ACTION_TOASTS[action] || '操作成功', action === 'close' ? '' : undefined);
    document.dispatchEvent(new CustomEvent('demo:action', { detail: { action: action } }));
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;

    var actionEl = target.closest('[data-demo-action]');
    if (actionEl) {
      // Submit buttons inside a demo form are handled by the submit listener below.
      var isSubmit =
        (actionEl.tagName === 'BUTTON' && (actionEl.getAttribute('type') || 'submit') === 'submit' && actionEl.form) ||
        (actionEl.tagName === 'INPUT' && actionEl.type === 'submit' && actionEl.form);
      if (!isSubmit) {
        event.preventDefault();
        if (!actionEl.disabled) runAction(actionEl.getAttribute('data-demo-action'), actionEl);
        return;
      }
    }

    var tab = target.closest('[data-demo-tab]');
    if (tab) {
      event.preventDefault();
      activateTab(tab);
      return;
    }

    var spa = target.closest('[data-spa-case]');
    if (spa && spaData) {
      event.preventDefault();
      navigateSpa(spa.getAttribute('data-spa-case'), spa.getAttribute('href'));
      return;
    }

    var layuiRadio = target.closest('.layui-form-radio');
    if (layuiRadio) {
      var input = layuiRadio.previousElementSibling;
      if (input && input.type === 'radio' && !input.disabled) {
        input.checked = true;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      return;
    }

    var selectInput = target.closest('[data-demo-options]');
    if (selectInput) {
      openDropdown(selectInput);
      return;
    }
    if (!target.closest('.demo-dropdown')) closeDropdown();
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-demo-form')) return;
    event.preventDefault();
    var submitter = event.submitter;
    var action =
      (submitter && submitter.getAttribute('data-demo-action')) || form.getAttribute('data-demo-form') || 'save';
    runAction(action, submitter || form);
  });

  // ---------------------------------------------------------------- tabs
  function activateTab(tab) {
    var container = tab.closest('[data-demo-tabs]');
    if (!container) return;
    var activeClass = container.getAttribute('data-active-class') || 'is-active';
    var paneId = tab.getAttribute('data-demo-tab');
    container.querySelectorAll('[data-demo-tab]').forEach(function (other) {
      var on = other === tab;
      var holder = other.closest('li') || other;
      holder.classList.toggle(activeClass, on);
      other.setAttribute('aria-selected', on ? 'true' : 'false');
      var pane = document.getElementById(other.getAttribute('data-demo-tab'));
      if (pane) pane.style.display = on ? '' : 'none';
    });
    document.dispatchEvent(new CustomEvent('demo:tab', { detail: { pane: paneId } }));
  }

  // ---------------------------------------------------------------- fake drop-downs
  var dropdown = null;
  function closeDropdown() {
    if (dropdown) {
      dropdown.remove();
      dropdown = null;
    }
  }
  function openDropdown(holder) {
    closeDropdown();
    var input = holder.tagName === 'INPUT' ? holder : holder.querySelector('input');
    if (!input || input.disabled) return;
    var options = (holder.getAttribute('data-demo-options') || '').split('|').filter(Boolean);
    var list = document.createElement('ul');
    list.className = 'demo-dropdown el-select-dropdown';
    options.forEach(function (option) {
      var li = document.createElement('li');
      li.className = 'el-select-dropdown__item' + (option === input.value ? ' selected' : '');
      li.textContent = option;
      li.addEventListener('click', function () {
        input.value = option;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        var syncSelector = holder.getAttribute('data-demo-sync');
        var sync = syncSelector ? document.querySelector(syncSelector) : null;
        if (sync) {
          sync.value = option;
          sync.dispatchEvent(new Event('change', { bubbles: true }));
        }
        closeDropdown();
      });
      list.appendChild(li);
    });
    var rect = input.getBoundingClientRect();
    list.style.left = rect.left + window.scrollX + 'px';
    list.style.top = rect.bottom + window.scrollY + 4 + 'px';
    list.style.minWidth = rect.width + 'px';
    document.body.appendChild(list);
    dropdown = list;
  }
  window.addEventListener('resize', closeDropdown);

  // ---------------------------------------------------------------- checkbox / radio skins
  function syncSkins() {
    document.querySelectorAll('input.el-checkbox__original, input.el-radio__original').forEach(function (input) {
      var label = input.closest('.el-checkbox, .el-radio');
      var span = input.closest('.el-checkbox__input, .el-radio__input');
      if (label) label.classList.toggle('is-checked', input.checked);
      if (span) span.classList.toggle('is-checked', input.checked);
    });
    document.querySelectorAll('.layui-form-radio, .layui-form-checkbox').forEach(function (skin) {
      var input = skin.previousElementSibling;
      if (!input || input.tagName !== 'INPUT') return;
      var on = input.checked;
      if (skin.classList.contains('layui-form-radio')) {
        skin.classList.toggle('layui-form-radioed', on);
        var icon = skin.querySelector('i');
        if (icon) icon.textContent = on ? '◉' : '○';
      } else {
        skin.classList.toggle('layui-form-checked', on);
      }
    });
  }
  document.addEventListener('change', function (event) {
    var t = event.target;
    if (t instanceof HTMLInputElement && (t.type === 'checkbox' || t.type === 'radio')) syncSkins();
  });

  // ---------------------------------------------------------------- SPA navigation
  var spaData = null;
  var spaDefault = null;
  function readSpaData() {
    var node = document.getElementById('demo-spa-cases');
    if (!node) return;
    try {
      spaData = JSON.parse(node.textContent || '{}');
    } catch (error) {
      console.error('demo-spa-cases: invalid JSON', error);
      spaData = null;
      return;
    }
    spaDefault = spaData.defaultCase || Object.keys(spaData.cases || {})[0] || null;
  }

  function caseFromLocation() {
    var key = new URLSearchParams(window.location.search).get('case');
    return key && spaData && spaData.cases && spaData.cases[key] ? key : spaDefault;
  }

  function renderSpa(key) {
    var entry = spaData && spaData.cases && spaData.cases[key];
    if (!entry) return;
    var fields = entry.fields || {};
    Object.keys(fields).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) return;
      var value = fields[id];
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = !!value;
      else if ('value' in el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT'))
        el.value = value;
      else el.textContent = value;
    });
    if (entry.title) document.title = entry.title;
    var meta = document.querySelector('meta[name="zhifa-demo-expected"]');
    if (meta && entry.expected) meta.setAttribute('content', entry.expected);
    document.querySelectorAll('[data-spa-case]').forEach(function (link) {
      var row = link.closest('tr') || link;
      row.classList.toggle('is-current', link.getAttribute('data-spa-case') === key);
    });
    var form = document.querySelector('[data-spa-form]');
    if (form) form.setAttribute('data-case-key', key);
    syncSkins();
    document.dispatchEvent(new CustomEvent('demo:navigate', { detail: { case: key } }));
  }

  function navigateSpa(key, href) {
    if (!spaData || !spaData.cases || !spaData.cases[key]) return;
    var url = href || '?case=' + encodeURIComponent(key);
    if (caseFromLocation() !== key || window.location.search === '') {
      window.history.pushState({ demoCase: key }, '', url);
    }
    renderSpa(key);
    toast('已加载案件 ' + (spaData.cases[key].label || key), 'info');
  }

  window.addEventListener('popstate', function (event) {
    if (!spaData) return;
    var key = (event.state && event.state.demoCase) || caseFromLocation();
    renderSpa(key);
  });

  // ---------------------------------------------------------------- start
  function start() {
    readSpaData();
    if (spaData) {
      var key = caseFromLocation();
      window.history.replaceState({ demoCase: key }, '', window.location.href);
      if (key !== spaDefault) renderSpa(key);
      else renderSpa(spaDefault);
    }
    syncSkins();
  }

  window.demoToast = toast;
  window.demoApp = { toast: toast, runAction: runAction, navigate: navigateSpa };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
