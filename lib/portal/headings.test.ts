import { describe, expect, it } from "vitest";
import { outlineLevels } from "./headings";

describe("outlineLevels", () => {
  it.each([
    // a ja chapter (# chapter, ## sections) on a chapter page: unchanged
    [[1, 2, 2, 3], 1, [1, 2, 2, 3]],
    // an en chapter that is a ## heading in its note: the chapter heading becomes h1
    [[2, 3, 3], 1, [1, 2, 2]],
    // skipped levels close up; siblings stay siblings
    [[1, 3, 3, 2], 1, [1, 2, 2, 2]],
    [[1, 4, 2, 4], 1, [1, 2, 2, 3]],
    // two merged chapters (# 13章, # 14章) are both top level
    [[1, 1, 2], 1, [1, 1, 2]],
    // an overview under the note's h1 title starts at h2
    [[1, 2], 2, [2, 3]],
    [[3], 2, [2]],
    // never deeper than h6
    [[1, 2, 3, 4, 5, 6], 2, [2, 3, 4, 5, 6, 6]],
    [[], 1, []],
  ])("%j with base %i → %j", (depths, base, expected) => {
    expect(outlineLevels(depths, base)).toEqual(expected);
  });
});
