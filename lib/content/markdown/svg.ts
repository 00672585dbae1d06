import type { Element, ElementContent, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize, type Schema } from "hast-util-sanitize";
import postcss from "postcss";
import { find, svg as svgSchema } from "property-information";

/**
 * Makes an SVG that a renderer built from note text (a Mermaid diagram: its labels are the note's
 * words) safe to put in a page: a strict allow-list of SVG elements and attributes
 * (hast-util-sanitize), no scripts, no event handlers, no `<foreignObject>` HTML, links only to
 * http(s)/mailto, and CSS (its `<style>` and `style=""`) limited to painting properties, with every
 * rule scoped to this SVG. Every id is renamed under one prefix, so two diagrams (or the light and
 * dark copy of one) on a page never share an id.
 */

// prettier-ignore
const TAGS = [
  "svg", "g", "defs", "symbol", "use", "title", "desc", "a", "switch",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "textPath",
  "marker", "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask",
  "filter", "feDropShadow", "feGaussianBlur", "feOffset", "feFlood", "feComposite", "feMerge", "feMergeNode", "feBlend", "feColorMatrix",
];

// prettier-ignore
const ATTRIBUTES = [
  "id", "class", "style", "role", "aria-roledescription", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
  "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "width", "height", "d", "points", "transform",
  "viewBox", "preserveAspectRatio", "fill", "fill-opacity", "fill-rule", "clip-rule", "clip-path", "mask", "stroke", "stroke-width",
  "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "opacity",
  "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
  "letter-spacing", "text-decoration", "lengthAdjust", "textLength", "marker-start", "marker-mid", "marker-end", "markerWidth",
  "markerHeight", "markerUnits", "refX", "refY", "orient", "offset", "stop-color", "stop-opacity", "gradientUnits",
  "gradientTransform", "patternUnits", "patternContentUnits", "clipPathUnits", "maskUnits", "filterUnits", "primitiveUnits",
  "stdDeviation", "flood-color", "flood-opacity", "in", "in2", "result", "mode", "operator", "values", "type", "visibility", "display",
];

/** hast property names (`strokeWidth`, `viewBox`) of SVG attribute names. */
const property = (name: string) => find(svgSchema, name).property;

const LOCAL_REF = /^#[\w:.-]+$/;

const SCHEMA: Schema = {
  tagNames: TAGS,
  attributes: {
    "*": [...ATTRIBUTES.map(property), "data*"],
    a: ["href", "xLinkHref"],
    use: [
      ["href", LOCAL_REF],
      ["xLinkHref", LOCAL_REF],
    ],
    textPath: [
      ["href", LOCAL_REF],
      ["xLinkHref", LOCAL_REF],
    ],
  },
  protocols: { href: ["http", "https", "mailto"], xLinkHref: ["http", "https", "mailto"] },
  // Removed with everything inside: script, HTML in foreignObject, styles (checked separately below).
  strip: ["script", "style", "foreignObject", "iframe", "object", "embed"],
  clobber: [],
  clobberPrefix: "",
};

/** CSS properties a diagram may set: how things are painted and laid out inside it, no positioning. */
// prettier-ignore
const CSS_PROPERTIES = new Set([
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap",
  "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "opacity", "color", "font", "font-family", "font-size", "font-weight",
  "font-style", "font-variant", "text-anchor", "text-align", "text-decoration", "dominant-baseline", "alignment-baseline",
  "baseline-shift", "letter-spacing", "word-spacing", "white-space", "line-height", "vertical-align", "display", "visibility",
  "overflow", "cursor", "pointer-events", "filter", "marker", "marker-start", "marker-mid", "marker-end", "max-width", "width",
  "height", "margin", "padding", "background", "background-color", "border", "border-radius", "box-shadow", "animation",
  "transform-origin", "rx", "ry", "flood-color", "flood-opacity", "stop-color", "stop-opacity", "shape-rendering",
]);

/**
 * A value with a URL to anything but an element of this SVG, a CSS escape, script, or `<` and `&`
 * (a `<style>` inside an SVG is parsed as markup: `</style><script>` there would be a tag).
 */
const UNSAFE_VALUE = /url\(\s*['"]?(?!#)|expression\s*\(|javascript:|@import|[\\<&]/i;

const safeDeclaration = (prop: string, value: string) =>
  (CSS_PROPERTIES.has(prop.toLowerCase()) || /^--[\w-]+$/.test(prop)) && !UNSAFE_VALUE.test(value);

/** `style=""` with only the allowed declarations; null when none is left or it does not parse. */
export function sanitizeStyleAttribute(style: string): string | null {
  let root: postcss.Root;
  try {
    root = postcss.parse(`x{${style}}`);
  } catch {
    return null;
  }
  const rule = root.first;
  if (root.nodes.length !== 1 || rule?.type !== "rule") return null;
  const kept: string[] = [];
  rule.each((node) => {
    if (node.type === "decl" && safeDeclaration(node.prop, node.value))
      kept.push(`${node.prop}:${node.value}${node.important ? " !important" : ""}`);
  });
  return kept.length ? kept.join(";") : null;
}

/** Keyframes the page itself may use (Tailwind's spin, ping …) cannot be redefined by a diagram. */
const KEYFRAMES = /^(?:dash|edge-animation)[\w-]*$/;

/**
 * A stylesheet with only rules whose every selector starts with `#scope`, only allowed
 * declarations, and no at-rules but the diagram's own keyframes. "" when it does not parse.
 */
export function sanitizeCss(css: string, scope: string): string {
  let root: postcss.Root;
  try {
    root = postcss.parse(css);
  } catch {
    return "";
  }
  const scoped = new RegExp(`^#${scope.replace(/[^\w-]/g, "")}(?![\\w-])`);
  const cleanDeclarations = (container: postcss.Container) =>
    container.each((node) => {
      if (node.type !== "decl" || !safeDeclaration(node.prop, node.value)) node.remove();
    });
  root.each((node) => {
    if (node.type === "rule") {
      if (node.selector.includes("<") || !node.selectors.every((s) => scoped.test(s.trim())))
        node.remove();
      else cleanDeclarations(node);
    } else if (
      node.type === "atrule" &&
      node.name === "keyframes" &&
      KEYFRAMES.test(node.params.trim())
    ) {
      node.each((frame) => {
        if (
          frame.type === "rule" &&
          /^(?:from|to|\d{1,3}(?:\.\d+)?%)(?:\s*,\s*(?:from|to|\d{1,3}(?:\.\d+)?%))*$/.test(
            frame.selector.trim(),
          )
        )
          cleanDeclarations(frame);
        else frame.remove();
      });
    } else node.remove();
  });
  root.walkRules((rule) => {
    if (!rule.nodes.length) rule.remove();
  });
  return root.toString();
}

const textOf = (node: Element) =>
  node.children.map((c) => (c.type === "text" ? c.value : "")).join("");

function walk(node: Nodes, fn: (el: Element) => void): void {
  if (node.type === "element") fn(node);
  if ("children" in node) for (const child of node.children) walk(child, fn);
}

/**
 * The SVG in `markup` (as a renderer wrote it), safe and with its ids under `id` (the root gets
 * `id` itself, every other id `id-…`); null when there is no SVG in it.
 */
export function sanitizeSvg(markup: string, id: string): Element | null {
  const tree: Root = fromHtml(markup, { fragment: true });
  const root = tree.children.find((n): n is Element => n.type === "element" && n.tagName === "svg");
  if (!root) return null;
  const oldRoot = typeof root.properties.id === "string" ? root.properties.id : null;
  // Ids, renamed; a repeated id (Mermaid writes some twice) is kept on its first element only.
  const ids = new Map<string, string>();
  if (oldRoot) ids.set(oldRoot, id);
  const rename = (old: string) => {
    const base =
      oldRoot && old.startsWith(oldRoot) ? old.slice(oldRoot.length).replace(/^[-_]/, "") : old;
    return `${id}-${base.replace(/[^\w-]/g, "_")}`;
  };
  walk(root, (el) => {
    const old = el.properties.id;
    if (typeof old !== "string" || el === root) return;
    if (ids.has(old)) delete el.properties.id;
    else ids.set(old, rename(old));
  });
  const mapRef = (ref: string) => ids.get(ref) ?? null;
  const mapUrls = (value: string) =>
    value.replace(/url\(\s*(['"]?)#([^)'"\s]+)\1\s*\)/g, (all, _q, ref: string) =>
      ids.has(ref) ? `url(#${ids.get(ref)})` : "none",
    );
  const styles: string[] = [];
  walk(root, (el) => {
    if (el.tagName === "style") {
      let css = textOf(el);
      if (oldRoot)
        css = css.replace(
          new RegExp(`#${oldRoot.replace(/[^\w-]/g, "\\$&")}(?![\\w-])`, "g"),
          `#${id}`,
        );
      styles.push(mapUrls(css));
      return;
    }
    for (const [key, value] of Object.entries(el.properties)) {
      if (key === "id" && typeof value === "string") el.properties.id = ids.get(value) ?? value;
      else if (
        (key === "href" || key === "xLinkHref") &&
        typeof value === "string" &&
        value.startsWith("#")
      ) {
        const to = mapRef(value.slice(1));
        if (to) el.properties[key] = `#${to}`;
        else delete el.properties[key];
      } else if ((key === "ariaLabelledBy" || key === "ariaDescribedBy") && Array.isArray(value)) {
        const to = value.map((v) => mapRef(String(v))).filter((v): v is string => v !== null);
        if (to.length) el.properties[key] = to;
        else delete el.properties[key];
      } else if (key === "style" && typeof value === "string") {
        const safe = sanitizeStyleAttribute(mapUrls(value));
        if (safe) el.properties.style = safe;
        else delete el.properties.style;
      } else if (typeof value === "string" && value.includes("url("))
        el.properties[key] = mapUrls(value);
    }
  });
  const clean = sanitize(root, SCHEMA);
  const svg =
    clean.type === "root"
      ? clean.children.find((n): n is Element => n.type === "element" && n.tagName === "svg")
      : clean.type === "element"
        ? clean
        : undefined;
  if (!svg) return null;
  svg.properties.id = id;
  const css = sanitizeCss(styles.join("\n"), id);
  if (css.trim())
    svg.children.unshift({
      type: "element",
      tagName: "style",
      properties: {},
      children: [{ type: "text", value: css }],
    } as ElementContent);
  return svg;
}
