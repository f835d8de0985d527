/**
 * HtmlService: https://developers.google.com/apps-script/reference/html/html-service,
 * HtmlOutput: https://developers.google.com/apps-script/reference/html/html-output,
 * HtmlTemplate: https://developers.google.com/apps-script/reference/html/html-template and
 * https://developers.google.com/apps-script/guides/html/templates.
 */
import {Services} from '../../dev/emulator/services';

function htmlService(files: Record<string, string> = {}) {
  return new Services({files}).globals.HtmlService;
}

describe('HtmlService files', () => {
  it('createHtmlOutputFromFile reads a project file named without ".html"', () => {
    const html = htmlService({Sidebar: '<p>sidebar</p>'});
    expect(html.createHtmlOutputFromFile('Sidebar').getContent()).toBe(
      '<p>sidebar</p>',
    );
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(
      '<p>sidebar</p>',
    );
  });

  it('a missing file fails with "No HTML file named … was found."', () => {
    const html = htmlService({});
    expect(() => html.createTemplateFromFile('Sidebar')).toThrow(
      'No HTML file named Sidebar was found.',
    );
    try {
      html.createHtmlOutputFromFile('Nope');
    } catch (error) {
      expect((error as Error).name).toBe('Exception');
    }
  });
});

describe('HtmlTemplate scriptlets (guides/html/templates)', () => {
  it('<?= ?> prints with escaping, <?!= ?> prints as is, <? ?> only runs', () => {
    const html = htmlService({
      Page: '<b><?= text ?></b><i><?!= raw ?></i><? if (show) { ?>shown<? } else { ?>hidden<? } ?>',
    });
    const template = html.createTemplateFromFile('Page') as unknown as Record<
      string,
      unknown
    > &
      GoogleAppsScript.HTML.HtmlTemplate;
    template.text = '<script>"x" & \'y\'</script>';
    template.raw = '<em>ok</em>';
    template.show = false;
    expect(template.evaluate().getContent()).toBe(
      '<b>&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</b><i><em>ok</em></i>hidden',
    );
  });

  it('properties set on the template are in scope, in an attribute too', () => {
    const template = htmlService({
      Sidebar: '<body data-initial-view="<?= initialView ?>"></body>',
    }).createTemplateFromFile('Sidebar') as unknown as {
      initialView: string;
    } & GoogleAppsScript.HTML.HtmlTemplate;
    template.initialView = 'areas';
    expect(template.evaluate().getContent()).toBe(
      '<body data-initial-view="areas"></body>',
    );
  });

  it('a scriptlet naming a property that was never set fails with a ReferenceError', () => {
    const template = htmlService({
      Page: '<?= missing ?>',
    }).createTemplateFromFile('Page');
    expect(() => template.evaluate()).toThrow(/missing is not defined/);
  });

  it('evaluate() returns an HtmlOutput', () => {
    const output = htmlService({Page: 'x'})
      .createTemplateFromFile('Page')
      .evaluate();
    expect(output.getContent()).toBe('x');
    expect(typeof output.setTitle).toBe('function');
  });
});

describe('HtmlOutput', () => {
  it('setTitle/getTitle, setWidth/getWidth, setHeight/getHeight chain and read back', () => {
    const output = htmlService()
      .createHtmlOutput('<p>a</p>')
      .setTitle('T')
      .setWidth(300)
      .setHeight(500);
    expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      'T',
      300,
      500,
    ]);
  });

  it('append adds raw HTML; appendUntrusted escapes it', () => {
    const output = htmlService()
      .createHtmlOutput('<p>')
      .append('<b>x</b>')
      .appendUntrusted('<i>');
    expect(output.getContent()).toBe('<p><b>x</b>&lt;i&gt;');
  });

  it('setSandboxMode and setXFrameOptionsMode take the enums; addMetaTag records the tag', () => {
    const html = htmlService();
    const output = html
      .createHtmlOutput()
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(output.getContent()).toBe('');
    expect(Object.keys(html.SandboxMode)).toEqual([
      'EMULATED',
      'IFRAME',
      'NATIVE',
    ]);
    expect(Object.keys(html.XFrameOptionsMode)).toEqual([
      'ALLOWALL',
      'DEFAULT',
    ]);
    expect(() => output.setSandboxMode('IFRAME' as never)).toThrow(
      /don't match the method signature/,
    );
  });

  it('setWidth takes a number', () => {
    expect(() =>
      htmlService()
        .createHtmlOutput()
        .setWidth('300' as never),
    ).toThrow(
      "The parameters (String) don't match the method signature for HtmlOutput.setWidth.",
    );
  });
});
