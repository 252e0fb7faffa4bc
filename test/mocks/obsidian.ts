/**
 * The stand-in for the `obsidian` module: aliased in vitest.config.ts for unit
 * tests and bundled for the browser end-to-end page (test/e2e). Each part is
 * written against node_modules/obsidian/obsidian.d.ts (its classes `implement`
 * the real signatures they model, so `tsc` catches drift). What it does not
 * model is listed in test/e2e/README.md. Test code only.
 *
 * Test code imports helpers (createTestApp, loadPlugin, noticeMessages…) from
 * this file by path; plugin code imports "obsidian" and gets these classes.
 */
export { App, createTestApp, fileAt, finishStartup, loadPlugin, runCommand, settle, TEST_MANIFEST, type TestApp, type TestAppOptions } from "./obsidian/app";
export { Commands } from "./obsidian/commands";
export { Component } from "./obsidian/component";
export { Editor } from "./obsidian/editor";
export { Events, type EventRef } from "./obsidian/events";
export { FileManager } from "./obsidian/file-manager";
export { normalizePath, TAbstractFile, TFile, TFolder } from "./obsidian/files";
export { getLinkpath, parseLinktext } from "./obsidian/links";
export { MetadataCache } from "./obsidian/metadata";
export { getAllTags, parseFrontMatterStringArray, parseFrontMatterTags } from "./obsidian/metadata-parse";
export { apiVersion, debounce, getLanguage, Keymap, language, Platform, requireApiVersion, setApiVersion, setTooltip, type Debouncer } from "./obsidian/misc";
export { Plugin } from "./obsidian/plugin";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	PluginSettingTab,
	Setting,
	SettingTab,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./obsidian/setting";
export { clearNotices, Menu, MenuItem, Modal, Notice, noticeMessages, openModals, setIcon } from "./obsidian/ui";
export { Vault } from "./obsidian/vault";
export { EditableFileView, FileView, ItemView, MarkdownView, TextFileView, View, WorkspaceLeaf } from "./obsidian/views";
export { Workspace } from "./obsidian/workspace";
export { getFrontMatterInfo, parseYaml, stringifyYaml } from "./obsidian/yaml";
