/**
 * A few DOM nodes for testing the serialised head-script helpers (lib/i18n/dom.ts) in Node:
 * attributes, `[attr]` / `tag[attr="value"]` selectors, `document.title`. Test-only.
 */
export interface FakeElement {
  nodeType: 1;
  tagName: string;
  attrs: Map<string, string>;
  children: FakeElement[];
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): FakeElement[];
}

function matches(el: FakeElement, selector: string): boolean {
  const m = /^([a-z]+)?\[([\w-]+)(?:="([^"]*)")?\]$/.exec(selector);
  if (!m) throw new Error(`fake DOM: unsupported selector ${selector}`);
  const [, tag, name, value] = m;
  if (tag && el.tagName !== tag.toUpperCase()) return false;
  const actual = el.getAttribute(name!);
  return actual !== null && (value === undefined || actual === value);
}

function descendants(el: { children: FakeElement[] }): FakeElement[] {
  return el.children.flatMap((child) => [child, ...descendants(child)]);
}

export function fakeElement(
  tagName: string,
  attrs: Record<string, string> = {},
  children: FakeElement[] = [],
): FakeElement {
  const el: FakeElement = {
    nodeType: 1,
    tagName: tagName.toUpperCase(),
    attrs: new Map(Object.entries(attrs)),
    children,
    hasAttribute: (name) => el.attrs.has(name),
    getAttribute: (name) => el.attrs.get(name) ?? null,
    setAttribute: (name, value) => void el.attrs.set(name, value),
    querySelectorAll: (selector) => descendants(el).filter((d) => matches(d, selector)),
  };
  return el;
}

export interface FakeDocument {
  title: string;
  /** How many times the title was written. */
  readonly titleSets: number;
  children: FakeElement[];
  querySelectorAll(selector: string): FakeElement[];
}

export function fakeDocument(children: FakeElement[], title = ""): FakeDocument {
  let sets = 0;
  // Like a browser's: what is read back has its ASCII whitespace collapsed and trimmed.
  let text = title;
  const doc: FakeDocument = {
    get title() {
      return text.replace(/[\t\n\f\r ]+/g, " ").trim();
    },
    set title(value: string) {
      text = value;
      sets += 1;
    },
    get titleSets() {
      return sets;
    },
    children,
    querySelectorAll: (selector) => descendants(doc).filter((d) => matches(d, selector)),
  };
  return doc;
}
