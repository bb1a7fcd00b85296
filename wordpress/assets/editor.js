/**
 * The blocks' editor side: one sidebar control per attribute (described by elements.json,
 * handed over by PHP as window.cmWidgetsEditor) and a live preview, which is the server's
 * rendering (the same HTML as the site) upgraded by cm-widgets.js in the editor.
 * Plain JavaScript on WordPress's globals: no build step.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var be = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;

  /** Mirrors cm_widgets_safe_url(): http:, https: or relative. */
  function isSafeUrl(value) {
    var url = value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '');
    var scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    // eslint-disable-next-line no-control-regex
    if (url === '' || /[\0-\x1f\x7f<>"]/.test(url)) return false;
    return scheme ? /^https?$/i.test(scheme[1]) : /^(?:[/?#.]|[\p{L}\p{N}_~%-])/u.test(url);
  }

  /** Whether a value set in the sidebar will be used (the server drops the others). */
  function isValid(control, value) {
    if (value === undefined || value === '' || value === null) return true;
    switch (control.type) {
      case 'url':
        return isSafeUrl(String(value));
      case 'integer':
        return (
          Number.isInteger(value) &&
          (control.min === undefined || value >= control.min) &&
          (control.max === undefined || value <= control.max)
        );
      case 'id':
      case 'datetime':
        return new RegExp(data.patterns[control.type]).test(String(value).trim());
      default:
        return true;
    }
  }

  function field(control, attributes, setAttributes) {
    var value = attributes[control.attribute];
    var set = function (next) {
      var change = {};
      change[control.attribute] = next === '' ? undefined : next;
      setAttributes(change);
    };
    var common = {label: control.label, help: control.help || undefined};
    var input;
    switch (control.type) {
      case 'boolean':
        input = el(c.ToggleControl, Object.assign(common, {checked: !!value, onChange: set}));
        break;
      case 'textarea':
        input = el(c.TextareaControl, Object.assign(common, {value: value || '', onChange: set}));
        break;
      case 'enum':
      case 'integer':
        if (control.type === 'enum' || control.max - control.min <= 4) {
          var options = [];
          if (control.type === 'enum') {
            Object.keys(control.options).forEach(function (key) {
              options.push({value: key, label: control.options[key]});
            });
          } else {
            for (var n = control.min; n <= control.max; n++) options.push({value: String(n), label: String(n)});
          }
          var fallback = control.type === 'enum' ? control.options[control.default] : String(control.default);
          /* translators: %s: the value the widget uses when none is chosen. */
          options.unshift({value: '', label: sprintf(__('Default (%s)', 'cm-widgets'), fallback)});
          input = el(
            c.SelectControl,
            Object.assign(common, {
              value: value === undefined ? '' : String(value),
              options: options,
              onChange: function (next) {
                set(control.type === 'integer' && next !== '' ? parseInt(next, 10) : next);
              },
            })
          );
        } else {
          input = el(
            c.TextControl,
            Object.assign(common, {
              type: 'number',
              min: control.min,
              max: control.max,
              placeholder: control.default !== undefined ? String(control.default) : '',
              value: value === undefined ? '' : String(value),
              onChange: function (next) {
                set(next === '' ? '' : Number(next));
              },
            })
          );
        }
        break;
      default:
        input = el(
          c.TextControl,
          Object.assign(common, {
            type: control.type === 'url' ? 'url' : 'text',
            value: value || '',
            onChange: set,
          })
        );
    }
    return el(
      'div',
      {key: control.attribute},
      input,
      isValid(control, value)
        ? null
        : el(
            c.Notice,
            {status: 'warning', isDismissible: false},
            __('This value is not valid: the widget ignores it.', 'cm-widgets')
          )
    );
  }

  function Empty() {
    return el(
      c.Placeholder,
      {label: __('Cities of Migration', 'cm-widgets'), icon: 'admin-site-alt3'},
      data.hasDefaultFeed
        ? __('Nothing to show yet: check the feed URL and the item id in the block settings.', 'cm-widgets')
        : __(
            'Give a feed URL in the block settings, or ask an administrator to set a default feed in Settings → Cities of Migration.',
            'cm-widgets'
          )
    );
  }

  Object.keys(data.blocks).forEach(function (name) {
    var controls = data.blocks[name];
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var byPanel = function (panel) {
          return controls
            .filter(function (control) {
              return control.panel === panel;
            })
            .map(function (control) {
              return field(control, props.attributes, props.setAttributes);
            });
        };
        return el(
          'div',
          be.useBlockProps(),
          el(
            be.InspectorControls,
            null,
            el(c.PanelBody, {title: __('Content', 'cm-widgets'), initialOpen: true}, byPanel('content')),
            byPanel('display').length
              ? el(c.PanelBody, {title: __('Display', 'cm-widgets'), initialOpen: false}, byPanel('display'))
              : null
          ),
          el(be.InspectorAdvancedControls, null, byPanel('advanced')),
          // Disabled: a click in the preview must not follow the widget's links out of the editor.
          el(
            c.Disabled,
            null,
            el(ServerSideRender, {block: name, attributes: props.attributes, EmptyResponsePlaceholder: Empty})
          )
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.cmWidgetsEditor);
