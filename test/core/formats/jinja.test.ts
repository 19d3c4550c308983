// Jinja2 templates come from pull requests: nothing in them may reach JavaScript objects or the file system.
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JinjaRenderError, loadJinja } from "../../../src/core/formats/jinja.js";

const where = { file: "prompts/x.prompty", line: 10 };
const marker = join(tmpdir(), `promptgate-jinja-marker-${process.pid}`);
// The classic nunjucks functionEscape: reach Function through a global's constructor and run code that writes a file.
const functionEscape = `{{ range.constructor("return process.mainModule.require('fs').writeFileSync('${marker}', 'ran')")() }}`;

describe("Jinja2 through nunjucks", () => {
  it("refuses a constructor lookup before rendering, at its line", async () => {
    const jinja = await loadJinja();
    const found = jinja.check(`Hello\n${functionEscape}`, where);
    expect(found).toEqual([
      expect.objectContaining({
        file: "prompts/x.prompty",
        line: 11,
        message: expect.stringMatching(/constructor.*refused/),
      }),
    ]);
  });

  it("refuses it at render time too, including a key that comes from row data", async () => {
    const jinja = await loadJinja();
    expect(() => jinja.render(functionEscape, {}, where)).toThrow(JinjaRenderError);
    expect(() => jinja.render('{{ range[k]("return 1")() }}', { k: "constructor" }, where)).toThrow(
      /refused/,
    );
    expect(existsSync(marker)).toBe(false);
    rmSync(marker, { force: true });
  });

  it("cannot include, import or extend other files", async () => {
    const jinja = await loadJinja();
    expect(() => jinja.render('{% include "/etc/passwd" %}', {}, where)).toThrow(JinjaRenderError);
    expect(() => jinja.render('{% extends "base.j2" %}', {}, where)).toThrow(JinjaRenderError);
  });

  it("lists free variables, not loop variables, filters or globals", async () => {
    const jinja = await loadJinja();
    const template =
      "{% for item in docs %}{{ item.name }} {{ loop.index }}{% endfor %}{{ q | upper }}{% set y = 1 %}{{ y }}{% for i in range(2) %}{% endfor %}";
    expect(jinja.listVariables(template)).toEqual(["docs", "q"]);
  });

  it("renders loops over row values and leaves HTML alone", async () => {
    const jinja = await loadJinja();
    const text = jinja.render(
      "{% for d in docs %}<{{ d.id }}>{% endfor %}",
      { docs: [{ id: 1 }, { id: 2 }] },
      where,
    );
    expect(text).toBe("<1><2>");
  });

  it("names the line of a printed value the row does not give", async () => {
    const jinja = await loadJinja();
    try {
      jinja.render("a\nb {{ missing }}", {}, where);
      expect.unreachable();
    } catch (error) {
      expect((error as JinjaRenderError).diagnostic).toMatchObject({ file: "prompts/x.prompty", line: 11 });
      expect((error as Error).message).toMatch(/missing/);
    }
  });

  it("keeps range() small, so a template cannot spin the review", async () => {
    const jinja = await loadJinja();
    expect(jinja.render("{% for i in range(2, 8, 2) %}{{ i }}{% endfor %}", {}, where)).toBe("246");
    expect(() => jinja.render("{% for i in range(100000000) %}x{% endfor %}", {}, where)).toThrow(/refused/);
  });
});
