/**
 * The built-in letter templates, one per format; every letter kind uses its
 * format's template until the user exports them and edits the copy for a kind.
 */
import type { LetterFormat } from "../../settings";

const PARAGRAPHS = "{{#paragraphs}}\n{{.}}\n\n{{/paragraphs}}\n";

export const BUILT_IN_TEMPLATES: Record<LetterFormat, string> = {
	email: `{{#recipient_to}}\nTo: {{.}}\n{{/recipient_to}}\nSubject: {{subject}}\n\n{{greeting}}\n\n${PARAGRAPHS}{{sign_off}}\n{{sender_name}}\n{{#sender_phone}}\n{{.}}\n{{/sender_phone}}\n`,
	letter: `{{#sender_block}}\n{{.}}\n{{/sender_block}}\n\n{{today}}\n\n{{#recipient_block}}\n{{.}}\n{{/recipient_block}}\n\n{{greeting}}\n\n${PARAGRAPHS}Sincerely,\n\n{{sender_name}}\n`,
	card: "{{greeting}}\n\n{{#card}}\n{{.}}\n\n{{/card}}\n{{card_sign_off}}\n{{sender_name}}\n",
	call: "Call {{recipient_name}}{{#recipient_phone}} ({{.}}){{/recipient_phone}}: {{subject}}\n\n1. Opener: {{call_opener}}\n2. Purpose: {{call_purpose}}\n3. One specific point: {{call_point}}\n4. The question: {{call_question}}\n5. Close: {{call_close}}\n",
};

