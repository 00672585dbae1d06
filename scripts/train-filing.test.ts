import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDevset } from "./bench/classify";
import { MODEL_FILE, fitLogistic, modelText, trainModel, trainingUnits } from "./train-filing";

describe("training the filing model", () => {
  it("fits a logistic model that separates what it is shown", () => {
    const samples = [
      ...[0, 0.5, 1, 1.5].map((v) => ({ x: [v, 1], y: 0 as const })),
      ...[3, 3.5, 4, 4.5].map((v) => ({ x: [v, 1], y: 1 as const })),
    ];
    const { w, b } = fitLogistic(samples, 0.001);
    const p = (v: number) => 1 / (1 + Math.exp(-(w[0]! * v + w[1]! + b)));
    expect(p(0.2)).toBeLessThan(0.2);
    expect(p(4.2)).toBeGreaterThan(0.8);
    expect(p(2.25)).toBeGreaterThan(p(1));
  });

  it("learns from the dev half only: no held-out or blind unit", () => {
    const units = loadDevset().units;
    const used = trainingUnits(units);
    expect(used.length).toBeGreaterThan(100);
    expect(new Set(used.map((u) => u.split))).toEqual(new Set(["dev"]));
    expect(units.some((u) => u.split === "holdout") && units.some((u) => u.split === "blind")).toBe(
      true,
    );
  });

  it("the committed model is the one training gives (no weight is set by hand)", () => {
    expect(readFileSync(MODEL_FILE, "utf8")).toBe(modelText(trainModel().model));
  }, 180_000);
});
