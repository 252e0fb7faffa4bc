/**
 * Word lists the surname rule reads (DESIGN §1.1). Compared folded
 * (lowercase, accents dropped), so "Ó" and "o" are the same entry.
 */

/** A set of the words of `list`, separated by spaces or line breaks. */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Honorifics a name may start with ("Dr. Dana Whitfield"). */
export const HONORIFIC_WORDS = /* @__PURE__ */ words(`
	mr mrs ms miss mx dr prof professor sir dame madam madame rev revd fr lord lady
	herr frau sr sra srta mme mlle
`);

/** Words after a surname that are not part of it ("Jr.", "PhD"). */
export const SUFFIX_WORDS = /* @__PURE__ */ words("jr sr ii iii iv phd md esq mba obe mbe cbe frs");

/**
 * Particles that belong to the surname after them: Dutch, German, French,
 * Italian, Spanish, Portuguese, Scandinavian, Arabic, and the Gaelic ones
 * (Ó, Ní, Nic, Mac written apart). MacDonald and McCarthy are one word already.
 */
export const PARTICLES = /* @__PURE__ */ words(`
	van der den de del della delle degli dei di da das do dos du des la le lo las los
	von vom zu zum zur ter ten te het 't af av
	bin ibn bint al el abu abou ben
	o ni nic mac mc mhic ui ua bean ap ab giolla ghiolla
`);

/** Join two surnames into one ("Ortega y Gasset", "Souza e Silva"). */
export const SURNAME_JOINERS = /* @__PURE__ */ words("y e i");

/** Particles that make a name Portuguese (the last surname is the one in use), not Spanish. */
export const PORTUGUESE_PARTICLES = /* @__PURE__ */ words("da das do dos");

/** Common Spanish surnames that do not end in -ez (those that do are recognised by the ending). */
export const SPANISH_SURNAMES = /* @__PURE__ */ words(`
	garcia martin ruiz diaz moreno munoz romero alonso navarro torres ramos gil serrano blanco
	molina morales ortega delgado castro ortiz rubio marin sanz iglesias medina garrido cortes
	castillo lozano guerrero cano prieto cruz calvo gallego vidal leon herrera pena flores
	cabrera campos vega fuentes carrasco reyes caballero nieto aguilar pascual santana herrero
	montero lorenzo hidalgo ferrer duran benitez mora vargas arias carmona crespo roman pastor
	soto velasco moya soler parra bravo gallardo rojas rivera mendoza chavez zapatero gasset
	salazar guzman cardenas rios espinosa miranda luna ochoa pacheco sandoval aguirre bustamante
`);

/** Given names that often come in pairs in Spanish ("María José", "José Luis"): a sign of two given names, not two surnames. */
export const SPANISH_GIVEN_NAMES = /* @__PURE__ */ words(`
	jose maria luis juan carlos angel antonio manuel jesus francisco javier miguel pedro pablo
	jorge alberto fernando isabel carmen elena teresa luisa fernanda eugenia dolores pilar rosa
	ana cristina victoria alejandro andres diego eduardo enrique ignacio rafael ramon sofia lucia
	paula laura marta ines guadalupe jimena mercedes ramona camila valentina daniel david felipe
`);

/** Common Korean family names in their usual romanisations ("Kim Min-jun"). */
export const KOREAN_SURNAMES = /* @__PURE__ */ words(`
	kim gim lee yi rhee park pak bak choi choe jung jeong chung kang gang cho jo
	yoon yun jang chang lim im han oh o seo suh shin sin kwon gwon hwang ahn an
	song yoo yu ryu hong jeon jun chun ko go moon mun yang son sohn bae baek paik
	heo huh nam noh roh ha kwak sung seong cha joo ju woo wu min ryoo na jin um eom
	namgung hwangbo jegal seonu dokgo
`);

/** Chinese family names of two characters (欧阳娜娜: 欧阳). */
export const CHINESE_COMPOUND_SURNAMES = /* @__PURE__ */ words(`
	欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 令狐 慕容 尉迟 尉遲 公孙 公孫 长孙 長孫
	宇文 司徒 夏侯 轩辕 軒轅 端木 南宫 南宮 西门 西門 独孤 獨孤 申屠 闻人 聞人
`);

/** Korean family names of two syllables (남궁민: 남궁). */
export const KOREAN_COMPOUND_SURNAMES = /* @__PURE__ */ words("남궁 황보 제갈 선우 독고 사공 서문 동방");
