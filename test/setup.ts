/**
 * Adds Obsidian's DOM helpers (createEl, createDiv, createSpan, empty, setText,
 * addClass, toggleClass…) to jsdom, so view code runs in tests as in the app.
 * Runs in every test file; does nothing where there is no DOM.
 */
import { installDomHelpers } from "./mocks/dom";

if (typeof window !== "undefined" && typeof HTMLElement !== "undefined") installDomHelpers(window);
