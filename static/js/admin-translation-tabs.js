/*
 * After modeltranslation's tabs (modeltranslation/js/tabbed_translation_fields.js) are made:
 *
 * - A tab whose field has an error is marked, and the first such tab of each field is opened.
 *   modeltranslation looks for the "errors" class on the field's row, where Django 6.1 no
 *   longer puts it: an editor saving from the Arabic tab was not shown the French error.
 * - The language menu beside the title names the language of the tabs it opened, not French.
 */
"use strict";

django.jQuery(function ($) {
  const groups = $(".ui-tabs");
  groups.each(function () {
    const group = $(this);
    const tabs = group.find("> .ui-tabs-nav > li");
    const withErrors = group
      .children(".ui-tabs-panel")
      .map(function (index) {
        return $(this).find(".errors, .errorlist").length ? index : null;
      })
      .get();
    withErrors.forEach((index) => tabs.eq(index).addClass("ui-tab-has-errors"));
    if (withErrors.length) {
      group.tabs("option", "active", withErrors[0]);
    }
  });
  if (groups.length) {
    $("#modeltranslation-main-switch").val(groups.first().tabs("option", "active"));
  }
});
