// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonLdNode, parsedScript, scriptJson } from '../../../src/sites/page-json';
import { parsePage } from './page-helpers';

describe('parsedScript: each script’s JSON parsed once for the text it holds', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses a script once however often it is read, and again when its text changes', () => {
    const document = parsePage('<script type="application/ld+json">{"@type":"Person","url":"https://example.com/a"}</script>');
    const parse = vi.spyOn(JSON, 'parse');
    const person = (node: Record<string, unknown>) => node['@type'] === 'Person';
    for (let i = 0; i < 5; i++) expect(jsonLdNode(document, person)?.url).toBe('https://example.com/a');
    expect(parse).toHaveBeenCalledTimes(1);
    // A single-page app rewrites the script in place on navigation.
    document.querySelector('script')!.textContent = '{"@type":"Person","url":"https://example.com/b"}';
    expect(jsonLdNode(document, person)?.url).toBe('https://example.com/b');
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('remembers what a script holds no JSON of too, and tells the ways of cutting the JSON out apart', () => {
    const document = parsePage('<script id="data">window.state = {"a": 1};</script>');
    const script = document.querySelector('script')!;
    const parse = vi.spyOn(JSON, 'parse');
    expect(scriptJson(document, '#data')).toBeUndefined();
    expect(scriptJson(document, '#data')).toBeUndefined();
    expect(parse).toHaveBeenCalledTimes(1);
    const cut = (text: string) => text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
    expect(parsedScript(script, cut)).toEqual({ a: 1 });
    expect(parsedScript(script, cut)).toEqual({ a: 1 });
    expect(parse).toHaveBeenCalledTimes(2);
    // A cut that finds nothing parses nothing.
    expect(parsedScript(script, () => undefined)).toBeUndefined();
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('a missing script or broken JSON is undefined, never a throw', () => {
    const document = parsePage('<script id="broken" type="application/json">{"a": </script>');
    expect(scriptJson(document, '#broken')).toBeUndefined();
    expect(scriptJson(document, '#missing')).toBeUndefined();
    expect(jsonLdNode(document, () => true)).toBeUndefined();
  });
});
