package model

import (
	"maps"
	"strings"
	"testing"
)

// outline renders a policy's sections as "level number title" lines, what a reader sees in
// the table of contents.
func outline(p *Policy) string {
	var b strings.Builder
	for _, s := range p.Sections {
		b.WriteString(strings.Repeat("  ", int(s.Level)-1))
		b.WriteString(s.Heading())
		b.WriteByte('\n')
	}
	return b.String()
}

// TestStructureConstructs covers each heading construct of real documents with a document
// that uses it and a near miss that must not be read as one.
func TestStructureConstructs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"setext over an escaped number",
			"# Privacy Policy\n\n1\\. Data we collect\n------------------\n\nWe collect data.\n\n### 1.1. Account data\n\nYour name.\n\n2\\. Sharing\n----------\n\nWe share little.\n",
			"1 Data we collect\n  1.1 Account data\n2 Sharing\n"},
		{"near miss: a rule after a paragraph break is not an underline",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n- - -\n\nMore text here.\n",
			"1 Data\n"},
		{"numbers glued to the title, lettered and roman components",
			"# Politique\n\n## 1.Introduction\n\nTexte.\n\n## 2.Données\n\nTexte.\n\n### 2.a.Données fournies\n\nTexte.\n\n#### 2.a.i.Localisation\n\nTexte.\n",
			"1 Introduction\n2 Données\n  2.a Données fournies\n    2.a.i Localisation\n"},
		{"near miss: a decimal in a sentence is no number",
			"# Policy\n\n## 1. Data\n\n3.5GB of storage is kept.\n",
			"1 Data\n"},
		{"the document's own contents is not a section",
			"# Datenschutzerklärung\n\n## Inhalt\n\n- [1. Daten](#d)\n- [2. Rechte](#r)\n\n## 1. Daten\n\nWir speichern.\n\n## 2. Rechte\n\nSie haben Rechte.\n",
			"1 Daten\n2 Rechte\n"},
		{"near miss: a section about content is a section",
			"# Policy\n\n## Content you post\n\nYou own it.\n\n## Cookies\n\nWe use them.\n",
			"Content you post\nCookies\n"},
		{"a date line marked as a heading is not a section",
			"# Privacy Policy\n\n#### Last Updated: August 14, 2025\n\n## Introduction\n\nHello.\n\n## Updates to this Policy\n\nWe may change it.\n",
			"Introduction\nUpdates to this Policy\n"},
		{"a menu label repeated under itself is navigation",
			"# Politique\n\n## Qui sommes-nous ?\n\nNous sommes.\n\n#### Service client\n\nService client\n\n- [Nous contacter](https://x.example)\n",
			"Qui sommes-nous ?\n"},
		{"bold lines a document uses as headings",
			"# Privacy Policy\n\n## Your Rights\n\nYou have rights.\n\n**Access**\n\nYou may ask for a copy.\n\n**Deletion**\n\nYou may ask us to delete it.\n\n## Contact\n\nWrite to us.\n",
			"Your Rights\n  Access\n  Deletion\nContact\n"},
		{"near miss: bold lead-ins, a bold name in an address and a bold sentence are text",
			"# Privacy Policy\n\n## Contact\n\nOur officer is:  \n**Jane Roe**  \n701 First Avenue\n\n**How to contact us:**\n\nBy post.\n\n**We never sell your data to anyone at all.**\n\nThat is all.\n",
			"Contact\n"},
		{"a plain numbered line continuing the headings' numbering",
			"# Politique\n\n## 4.1. Responsables\n\nTexte.\n\n4.2. Les Responsables conjoints\n\nTexte.\n\n## 4.3. Sous-traitants\n\nTexte.\n",
			"4.1 Responsables\n4.2 Les Responsables conjoints\n4.3 Sous-traitants\n"},
		{"near miss: a list numbered like the headings stays a list",
			"# Policy\n\n## 3. Sharing\n\nWe share with:\n\n1. Processors\n2. Auditors\n\n## 4. Rights\n\nYou have rights.\n",
			"3 Sharing\n4 Rights\n"},
		{"long French roman-numbered questions in sequence",
			"Politique de confidentialité\n\nI. Le responsable des traitements\n\nLa Société.\n\nII. Comment sont traitées vos Données et qui y a accès aux informations ?\n\nElles sont hébergées.\n\nIII. Durée de conservation\n\nTrois ans.\n",
			"I Le responsable des traitements\nII Comment sont traitées vos Données et qui y a accès aux informations ?\nIII Durée de conservation\n"},
		{"a mis-marked next section is a sibling, not a child",
			"# Policy\n\n### 2. Data\n\nText.\n\n#### 2.1 Accounts\n\nText.\n\n#### 3. Sharing\n\nText.\n\n#### 3.1 Processors\n\nText.\n\n### 4. Rights\n\nText.\n",
			"2 Data\n  2.1 Accounts\n3 Sharing\n  3.1 Processors\n4 Rights\n"},
		{"a lone opening section with its own text is a sibling",
			"# Datenschutz\n\n## Präambel\n\nWir nehmen Datenschutz ernst.\n\n### Welche Daten?\n\nWenige.\n\n### Ihre Rechte\n\nViele.\n",
			"Präambel\nWelche Daten?\nIhre Rechte\n"},
		{"near miss: a parent leading straight into its first child contains them",
			"# Datenschutz\n\n## Wie es funktioniert\n\n### Welche Daten?\n\nWenige.\n\n### Ihre Rechte\n\nViele.\n",
			"Wie es funktioniert\n  Welche Daten?\n  Ihre Rechte\n"},
		{"the title after a date line is not a section",
			"Updated: 4 June 2026\n\nEurope privacy policy\n=====================\n\n1\\. Data\n---------\n\nText.\n\n2\\. Rights\n----------\n\nText.\n",
			"1 Data\n2 Rights\n"},
		{"plain numbered sections after a markdown subtitle are its siblings",
			"# Politique\n\n## Garantir la sécurité\n\nNous protégeons.\n\nI. Le responsable\n\nLa Société.\n\nII. Les données\n\nNom.\n\n**Qu’est-ce qu’un cookie ?**\n\nUn fichier.\n\n**Comment refuser ?**\n\nDans le navigateur.\n",
			"Garantir la sécurité\nI Le responsable\nII Les données\n  Qu’est-ce qu’un cookie ?\n  Comment refuser ?\n"},
		{"bold numbering nests in the order the document first uses it",
			"# Déclaration\n\n**A. Généralités**\n\nTexte.\n\n**I. Responsable**\n\nTexte.\n\n**1. Cookies**\n\nTexte.\n\n**a) Cookies transitoires**\n\nTexte.\n\n**aa) Webtrekk**\n\nTexte.\n\n**bb) Criteo**\n\nTexte.\n\n**b) Cookies persistants**\n\nTexte.\n\n**2. Durée**\n\nTexte.\n\n**B. Droits**\n\nTexte.\n",
			"A Généralités\n  I Responsable\n    1 Cookies\n      a Cookies transitoires\n        aa Webtrekk\n        bb Criteo\n      b Cookies persistants\n    2 Durée\nB Droits\n"},
		{"near miss: a bold enumeration run with nothing between is a list",
			"# Policy\n\n## Data\n\nWe collect:\n\n**a) Names**\n**b) Emails**\n**c) Phones**\n\nThat is all.\n",
			"Data\n"},
		{"one numbering at two depths, as each section opens it",
			"隐私政策\n\n一、收集\n\n正文。\n\n1. 注册\n\n正文。\n\n2. 登录\n\n正文。\n\n二、共享\n\n正文。\n\n（一）共享\n\n正文。\n\n1. 根据您的需求披露\n\n正文。\n\n（二）转让\n\n正文。\n",
			"一 收集\n  1 注册\n  2 登录\n二 共享\n  （一） 共享\n    1 根据您的需求披露\n  （二） 转让\n"},
		{"a title after a site menu and a French date line",
			"* Terms of Service\n* Privacy Policy\n\n(Mise à jour du 17 mai 2024)\n\nPOLITIQUE DE CONFIDENTIALITÉ\n----------------------------\n\nTexte.\n\nVOS DROITS\n----------\n\nTexte.\n",
			"VOS DROITS\n"},
		{"near miss: a menu before an ordinary first section keeps it",
			"* Home\n* Blog\n\n## Data we collect\n\nText.\n\n## Your rights\n\nText.\n",
			"Data we collect\nYour rights\n"},
		{"plain text: a short line alone is a heading, a lead-in before a list is not",
			"Privacy Policy\n\nWe care about privacy.\n\nInformation We Collect from You\n\nWe may collect the following data from you:\n- Contact information\n- Usage data\n\nData Retention\n\nWe keep data for a year.\n",
			"Information We Collect from You\nData Retention\n"},
		{"near miss: a line ending in an article is unfinished",
			"Privacy Policy\n\nWe care about privacy.\n\nYou may not submit Content that is\n\nunlawful or harmful.\n\nData Retention\n\nWe keep data for a year.\n",
			"Data Retention\n"},
		{"accordion bullets holding whole sections, with a numbering restarting inside one",
			"Datenschutzerklärung\n--------------------\n\n* Grundsatz\n\n    Wir schützen Daten.\n\n* Rechte\n\n    Sie haben Rechte.\n\n    1 Auskunftsrecht\n\n    Sie dürfen fragen.\n\n    2 Recht auf Löschung\n\n    Sie dürfen löschen.\n\n    1 Löschungspflicht\n\n    Wir löschen.\n\n    2 Ausnahmen\n\n    Manchmal nicht.\n\n    3 Dritte\n\n    Wir informieren.\n\n    3 Widerspruchsrecht\n\n    Sie dürfen widersprechen.\n\n* Aktualität\n\n    Stand 2024.\n",
			"Grundsatz\nRechte\n  1 Auskunftsrecht\n  2 Recht auf Löschung\n    1 Löschungspflicht\n    2 Ausnahmen\n    3 Dritte\n  3 Widerspruchsrecht\nAktualität\n"},
		{"near miss: a bullet list with unindented text after it stays a list",
			"# Policy\n\n## Data\n\n* Names\n\nWe keep them.\n\n* Emails\n\nWe keep them.\n\n* Phones\n\nWe keep them.\n",
			"Data\n"},
		{"a roman number glued to its title",
			"## I. Datenschutzinformation\n\nText.\n\n## II.Datenschutzerklärung für die Website\n\nText.\n",
			"I Datenschutzinformation\nII Datenschutzerklärung für die Website\n"},
		{"near miss: initials are no roman number",
			"# Policy\n\n## Data\n\nText.\n\n## I.B.M. partners\n\nText.\n",
			"Data\nI.B.M. partners\n"},
		{"a long sentence over a setext underline is text",
			"# Politique\n\n## Réseaux sociaux\n\nTexte.\n\nLa Redoute vous invite à consulter les politiques de gestion des données des différents réseaux sociaux pour connaître les données transmises par ceux-ci.\n-----------\n\n## Mineurs\n\nTexte.\n",
			"Réseaux sociaux\nMineurs\n"},
		{"near miss: a long heading without a full stop stays",
			"# Datenschutz\n\n## 2.4 Zwecke zur Erfüllung gesetzlicher Vorgaben (Art. 6 Abs. 1 c DSGVO) oder im öffentlichen Interesse (Art. 6 Abs. 1 e DSGVO)\n\nText.\n",
			"2.4 Zwecke zur Erfüllung gesetzlicher Vorgaben (Art. 6 Abs. 1 c DSGVO) oder im öffentlichen Interesse (Art. 6 Abs. 1 e DSGVO)\n"},
		{"plain text: a title-case line runs not on into the text under it",
			"Privacy Policy\n\nWe care about privacy.\n\nHow We Disclose Your Information\n\nWe share little with anyone at all.\nAccessing, Correcting, and Deleting Your Information\nUpon request, we will tell you what we hold about you.\n\nOpting Out of Marketing\n\nYou may opt out.\n",
			"How We Disclose Your Information\nAccessing, Correcting, and Deleting Your Information\nOpting Out of Marketing\n"},
		{"near miss: a wrapped sentence line runs on",
			"Privacy Policy\n\nWe care about privacy.\n\nHow We Disclose Your Information\n\nWe share what you give us with the service providers\nWho host our servers, and with nobody else.\n\nOpting Out of Marketing\n\nYou may opt out.\n",
			"How We Disclose Your Information\nOpting Out of Marketing\n"},
		{"bold headings with a stray full stop",
			"# Privacy Policy\n\n## Europe\n\nText.\n\n**Legal bases for processing.**\n\nWe rely on consent.\n\n**Data storage**\n\nIn Europe.\n",
			"Europe\n  Legal bases for processing.\n  Data storage\n"},
		{"near miss: a short bold sentence ending in a full stop is text",
			"# Privacy Policy\n\n## Europe\n\nText.\n\n**We never sell your data.**\n\nWe rely on consent.\n\n**Data storage**\n\nIn Europe.\n\n**Your rights**\n\nMany.\n",
			"Europe\n  Data storage\n  Your rights\n"},
		{"bold labels ending in a colon under bold-only sections",
			"**POLITIQUE DE CONFIDENTIALITÉ**\n\n**OBJET**\n\nTexte.\n\n**DONNÉES COLLECTÉES**\n\nTexte.\n\n**Généralités :**\n\n* Nom.\n\nTexte.\n\n**CATÉGORIES SPÉCIALES :**\n\nTexte.\n\n**VOS DROITS**\n\nTexte.\n",
			"OBJET\nDONNÉES COLLECTÉES\n  Généralités\n  CATÉGORIES SPÉCIALES\nVOS DROITS\n"},
		{"near miss: a bold label ending in a colon under markdown sections introduces a list",
			"# Privacy Policy\n\n## Contact\n\nText.\n\n**How to contact us:**\n\n* By post.\n\n**Data storage**\n\nIn Europe.\n\n**Your rights**\n\nMany.\n\n## Changes\n\nText.\n",
			"Contact\n  Data storage\n  Your rights\nChanges\n"},
		{"near miss: a Chinese bold lead-in ending in a colon under bold-only sections is text",
			"**隐私政策**\n\n**信息的收集**\n\n正文。\n\n**我们仅会在出现下列情况时收集您的个人信息：**\n\n正文。\n\n**信息的使用**\n\n正文。\n\n**信息的保护**\n\n正文。\n",
			"信息的收集\n信息的使用\n信息的保护\n"},
		{"a numbered heading hard-wrapped onto the next line is one heading, read as the same words on one line are",
			"# Privacy Policy\n\nWe care.\n\n1 Information we collect about you and your\ndevices\n\nWe collect your name.\n\n2 Sharing of your personal information with\nthird parties\n\nWe share nothing.\n",
			"1 Information we collect about you and your devices\n2 Sharing of your personal information with third parties\n"},
		{"near miss: a numbered sentence wrapped onto the next line is text",
			"# Privacy Policy\n\nWe care.\n\n1 Information we collect\n\nWe collect your name.\n\n2 We may share your personal information with\nour affiliates when you ask us to.\n\n3 Sharing\n\nWe share nothing.\n",
			"1 Information we collect\n3 Sharing\n"},
		{"a sentence marked as a small heading and wrapped onto the next line is text",
			"# Privacy Policy\n\n## Data\n\n### What is it?\n\nText.\n\n### You may opt-out of the use of your personal information, as further\ndescribed below.\n\n### Sharing Your Information.\n\nText.\n",
			"Data\n  What is it?\n  Sharing Your Information.\n"},
		{"near miss: a title-case heading wrapped onto the next line stays",
			"# Privacy Policy\n\n## Data\n\nText.\n\n## Does Ubisoft Make My Personal Information Public? Who Can See My\npersonal information?\n\nText.\n",
			"Data\nDoes Ubisoft Make My Personal Information Public? Who Can See My\n"},
		{"a short first member of a heading sequence ending in a semicolon is a heading",
			"隐私政策\n\n一、收集\n\n（一）注册、登录；\n\n1、当您注册时，我们收集您的手机号。\n\n（二）为您展示内容\n\n1、我们收集您的浏览记录。\n\n（三）其他用途\n\n正文。\n",
			"一 收集\n  （一） 注册、登录；\n  （二） 为您展示内容\n  （三） 其他用途\n"},
		{"near miss: a long first member ending in a semicolon stays text",
			"隐私政策\n\n一、收集\n\n（一）当您注册、登录我们的产品并使用相关服务时，我们会收集您的手机号码和设备信息；\n\n正文。\n\n（二）为您展示内容\n\n正文。\n\n（三）其他用途\n\n正文。\n",
			"一 收集\n  （二） 为您展示内容\n  （三） 其他用途\n"},
		{"short entries of a list of clauses are list entries",
			"隐私政策\n\n一、共享\n\n1、授权同意原则：未经您的同意，我们不会共享您的个人信息。\n\n2、合法正当原则：共享的数据必须具有合法正当的目的。\n\n3、安全审慎原则：我们将审慎评估第三方使用共享信息的目的。\n\n4、实现广告相关的共享信息\n\n我们可能与广告合作方共享去标识化信息。\n\n5、当您选择参加活动时，我们会与主办方共享您的信息。\n\n二、转让\n\n正文。\n",
			"一 共享\n二 转让\n"},
		{"near miss: a short entry with lines numbered inside it is a parent heading",
			"隐私政策\n\n9. 其他\n\n9.1 本协议适用中华人民共和国法律，我们与您均同意遵守。\n\n9.2 未成年人特别提示\n\n9.2.1 未成年人使用本服务应取得监护人同意。\n\n9.2.2 青少年用户必须遵守网络文明公约\n\n9.3 本协议签订地为中华人民共和国广东省广州市天河区。\n",
			"9 其他\n  9.2 未成年人特别提示\n    9.2.2 青少年用户必须遵守网络文明公约\n"},
		{"a metadata field line above a plain-text policy is not its title",
			"Apkid:com.example.app\n\n“小猿”隐私政策\n\n一、我们收集的信息\n\n正文。\n\n二、我们如何使用信息\n\n正文。\n",
			"一 我们收集的信息\n二 我们如何使用信息\n"},
		{"Chinese numberings nest in the order a document opens them: 一、 （一） 1、 1.",
			"隐私政策\n\n一、信息收集\n\n正文。\n\n（一）注册信息\n\n正文。\n\n1、手机号码\n\n正文。\n\n1. 验证码\n\n正文。\n\n2. 密码\n\n正文。\n\n2、设备信息\n\n正文。\n\n（二）使用信息\n\n正文。\n\n二、信息共享\n\n正文。\n",
			"一 信息收集\n  （一） 注册信息\n    1 手机号码\n      1 验证码\n      2 密码\n    2 设备信息\n  （二） 使用信息\n二 信息共享\n"},
		{"Chinese numbers set apart from their ideographic comma ('1 、', '二 、') are '1、' and '二、'",
			"隐私政策\n\n一 、信息收集\n\n正文。\n\n1 、手机号码\n\n正文。\n\n1. 验证码\n\n正文。\n\n2. 密码\n\n正文。\n\n2 、设备信息\n\n正文。\n\n二 、信息共享\n\n正文。\n",
			"一 信息收集\n  1 手机号码\n    1 验证码\n    2 密码\n  2 设备信息\n二 信息共享\n"},
		{"near miss: a number and a space before Chinese text is the '1.' numbering",
			"隐私政策\n\n一、信息收集\n\n正文。\n\n1 手机号码\n\n正文。\n\n2. 设备信息\n\n正文。\n\n二、信息共享\n\n正文。\n",
			"一 信息收集\n  1 手机号码\n  2 设备信息\n二 信息共享\n"},
		{"near miss: a '2.' continuing a '1、' count is the same numbering",
			"隐私政策\n\n一、信息收集\n\n正文。\n\n1、手机号码\n\n正文。\n\n2.设备信息\n\n正文。\n\n3、位置信息\n\n正文。\n\n二、信息共享\n\n正文。\n",
			"一 信息收集\n  1 手机号码\n  2 设备信息\n  3 位置信息\n二 信息共享\n"},
		{"a contents list made of the headings themselves is not sections",
			"Charte de confidentialité\n-------------------------\n\n**Aperçu**\n\n**A. Généralités**\n\nI. Nom et adresse du responsable\n\nII. Coordonnées du délégué\n\n**B. Vos droits**\n\n**A. Généralités**\n\n**I. Nom et adresse du responsable**\n\nLe responsable du traitement au sens du règlement général sur la protection des données est la société Exemple.\n\n**II. Coordonnées du délégué**\n\nVous pouvez joindre notre délégué à la protection des données à l’adresse indiquée ci-dessus.\n\n**B. Vos droits**\n\nVous disposez à tout moment des droits suivants vis-à-vis de nous concernant vos données personnelles.\n",
			"A Généralités\n  I Nom et adresse du responsable\n  II Coordonnées du délégué\nB Vos droits\n"},
		{"near miss: subheadings repeated under each section with short text are sections",
			"# Données\n\n## Collecte\n\n### Contact\n\nNom, e-mail\n\n### Localisation\n\nPays\n\n## Usage\n\n### Contact\n\nE-mail\n\n### Localisation\n\nVille\n",
			"Collecte\n  Contact\n  Localisation\nUsage\n  Contact\n  Localisation\n"},
		{"near miss: a summary repeating a section with an address under it keeps it",
			"# Policy\n\n## Summary\n\n### Owner and Data Controller\n\nExample Inc.\n\n### Contact\n\nx@example.com\n\n## Full policy\n\n### Owner and Data Controller\n\nExample Inc., 1 Main Street.\n\n### Contact\n\nWrite to x@example.com.\n",
			"Summary\n  Owner and Data Controller\n  Contact\nFull policy\n  Owner and Data Controller\n  Contact\n"},
		{"bold lettered headings naming a company or a brand continue their sequence",
			"# Déclaration\n\n**a) Google Analytics**\n\nNous utilisons Google Analytics pour mesurer l’audience du site.\n\n**b) Utilisation de la fonction remarketing de Google Inc.**\n\nNous utilisons la fonction de remarketing pour vous montrer des annonces.\n\n**c) behamics**\n\nNous utilisons behamics pour personnaliser la boutique en ligne.\n",
			"a Google Analytics\nb Utilisation de la fonction remarketing de Google Inc.\nc behamics\n"},
		{"near miss: a bold lettered sentence is text",
			"# Déclaration\n\n**a) Google Analytics**\n\nNous utilisons Google Analytics pour mesurer l’audience du site.\n\n**b) nous utilisons la fonction de remarketing de Google.**\n\nNous utilisons la fonction de remarketing pour vous montrer des annonces.\n\n**c) Behamics**\n\nNous utilisons behamics pour personnaliser la boutique en ligne.\n",
			"a Google Analytics\nc Behamics\n"},
		{"long bold numbered French headings with a comma",
			"# Déclaration\n\n**1. Description et étendue du traitement des données, exploitation du service client par Exemple Europe GmbH**\n\nNous traitons vos données pour répondre à vos demandes.\n\n**2. Objectif et base légale du traitement des données, exploitation du service client par Exemple Europe GmbH**\n\nNous conservons vos données trois ans.\n",
			"1 Description et étendue du traitement des données, exploitation du service client par Exemple Europe GmbH\n2 Objectif et base légale du traitement des données, exploitation du service client par Exemple Europe GmbH\n"},
		{"near miss: bold numbered sentences are text",
			"# Déclaration\n\n**1. Nous traitons vos données pour répondre à vos demandes. Nous les conservons trois ans.**\n\nTexte.\n\n**2. Vous pouvez vous opposer à tout moment. Écrivez-nous.**\n\nTexte.\n",
			""},
		{"Chinese bold headings",
			"# 隐私政策\n\n**一、我们收集的信息**\n\n我们收集您的手机号。\n\n**二、我们如何使用信息**\n\n用于提供服务。\n",
			"一 我们收集的信息\n二 我们如何使用信息\n"},
		{"markdown headings all marked alike nest by their numbering",
			"# 隐私政策\n\n### 提示条款\n\n正文。\n\n### 一、我们如何收集信息\n\n正文。\n\n### （一）注册信息\n\n正文。\n\n### 1、手机号码\n\n正文。\n\n### 2、设备信息\n\n正文。\n\n### （二）使用信息\n\n正文。\n\n### 二、我们如何共享信息\n\n正文。\n",
			"提示条款\n一 我们如何收集信息\n  （一） 注册信息\n    1 手机号码\n    2 设备信息\n  （二） 使用信息\n二 我们如何共享信息\n"},
		{"near miss: where the markup ranks the numberings, siblings of two numberings stay siblings",
			"# 隐私政策\n\n## 四、保护\n\n正文。\n\n### 1、技术措施\n\n正文。\n\n### （二）保存\n\n正文。\n\n## 五、管理\n\n正文。\n",
			"四 保护\n  1 技术措施\n  （二） 保存\n五 管理\n"},
		{"a document marking up only its title writes its sections as plain lines",
			"# Privacy Policy\n\nMy app does not knowingly collect any personal information from its users.\n\nChildren's Privacy\n\nMy app is designed to be used by individuals of all ages.\n\nChanges to Privacy Policy\n\nI may update this policy at any time.\n",
			"Children's Privacy\nChanges to Privacy Policy\n"},
		{"a title restated as a heading is still only the title; a date line is no section",
			"Données personnelles\n====================\n\nDernière mise à jour : le 2 juin 2021\n\n### Données personnelles\n\nG7 s'engage à protéger vos données.\n\nDonnées collectées\n\nNous collectons votre nom.\n\nVos droits\n\nVous pouvez demander l'accès à vos données.\n",
			"Données collectées\nVos droits\n"},
		{"near miss: where sections are marked up, a plain short line is body text",
			"# Privacy Policy\n\n## Children's Privacy\n\nMy app is designed to be used by individuals of all ages.\n\nAppeal\n\nYou may appeal a refusal.\n\n## Changes\n\nI may update this policy at any time.\n",
			"Children's Privacy\nChanges\n"},
		{"a heading naming the document again under its title restates the title",
			"# Gluten Free NZ Privacy Policy\n\n## Privacy Policy\n\nThis page informs visitors of our policies.\n\n## Information Collection and Use\n\nWe collect your e-mail address.\n\n## Log Data\n\nWe collect log data.\n",
			"Information Collection and Use\nLog Data\n"},
		{"near miss: a heading naming a document that holds sections is the first of two documents",
			"Sécurité des données\n====================\n\nProtection des données et politique de confidentialité\n--------------------------------------------------------\n\n### 1. Responsable\n\nC&A est responsable.\n\n### 2. Données\n\nNous enregistrons votre nom.\n",
			"Protection des données et politique de confidentialité\n  1 Responsable\n  2 Données\n"},
		{"an unmarked line continuing the markdown headings' numbering is their sibling",
			"# Privacy policy\n\n## SECTION 2 - CONSENT\n\nWe ask for consent.\n\n### How do I withdraw my consent?\n\nWrite to us.\n\nSECTION 3 - DISCLOSURE\n\nWe may disclose your data if the law requires it.\n\n## SECTION 4 - SHOPIFY\n\nOur store is hosted by Shopify.\n",
			"Section 2 CONSENT\n  How do I withdraw my consent?\nSection 3 DISCLOSURE\nSection 4 SHOPIFY\n"},
		{"near miss: an unmarked line numbered inside a markdown heading is its child",
			"# Privacy policy\n\n## 2. Consent\n\nWe ask for consent.\n\n2.1 Disclosure\n\nWe may disclose your data if the law requires it.\n\n## 3. Shopify\n\nOur store is hosted by Shopify.\n",
			"2 Consent\n  2.1 Disclosure\n3 Shopify\n"},
		{"a policy pasted twice starts its numbering over as siblings",
			"Privacy Policy\n\n1. Purpose\n\nWe explain our practices.\n\n2. Collection\n\nWe collect data.\n\n2.1 Data You Provide\n\nYour name.\n\nPrivacy Policy\n\n1. Purpose\n\nWe explain our practices.\n\n2. Collection\n\nWe collect data.\n\n2.1 Data You Provide\n\nYour name.\n",
			"1 Purpose\n2 Collection\n  2.1 Data You Provide\n1 Purpose\n2 Collection\n  2.1 Data You Provide\n"},
		{"near miss: a numbering started again under a heading of its own is nested",
			"Datenschutzerklärung\n\n3 Rechte\n\nSie haben Rechte.\n\n4 Löschung\n\nWir löschen Daten.\n\n1 Pflicht zur Löschung\n\nDie Pflicht gilt.\n\n2 Ausnahmen\n\nEs gibt Ausnahmen.\n",
			"3 Rechte\n4 Löschung\n  1 Pflicht zur Löschung\n  2 Ausnahmen\n"},
		{"a first heading naming the document is its title, even among headings of its rank",
			"## NOTICE OF PRIVACY PRACTICES\n\nThis notice describes how medical information about you may be used.\n\n## WHO WILL FOLLOW THIS NOTICE?\n\nAll our staff.\n\n## YOUR RIGHTS\n\nYou may inspect your records.\n",
			"WHO WILL FOLLOW THIS NOTICE?\nYOUR RIGHTS\n"},
		{"near miss: a later heading about privacy and security is a section",
			"## Payments\n\nWe bill you monthly for the service.\n\n## Privacy and Security\n\nWe protect your data.\n\n## Termination\n\nYou may cancel.\n",
			"Payments\nPrivacy and Security\nTermination\n"},
		{"a single bold heading in a document that marks up only its title",
			"# Privacy Policy\n\nWe collect your name and e-mail address when you sign up for our newsletter.\n\n**Data Retention**\n\nWe keep your data for one year after you unsubscribe from the newsletter.\n",
			"Data Retention\n"},
		{"the publisher's name above the heading naming the document is part of the title",
			"### 成都某某金融服务股份有限公司\n\n### 个人信息保护政策\n\n成都某某金融服务股份有限公司非常注重保护用户的个人信息。\n\n### 1、我们收集的信息\n\n正文。\n\n### 2、信息的存储\n\n正文。\n",
			"1 我们收集的信息\n2 信息的存储\n"},
		{"near miss: a first heading that is no organisation's name stays a section",
			"### Cookies and Acme Inc.\n\n### Privacy Policy\n\nAcme Inc. cares about your privacy.\n\n### 1. Data we collect\n\nYour name.\n\n### 2. Storage\n\nIn the EU.\n",
			"Cookies and Acme Inc.\nPrivacy Policy\n1 Data we collect\n2 Storage\n"},
		{"a page number over the company's identity line is furniture, not a numbered heading",
			"1 Scope\n\nThis policy covers our bank.\n\n2\n\nBoursobank, S.A au capital de 53.576.889,20 € – RCS Nanterre 351 058 151\n\n3 Données collectées\n\nVotre nom.\n",
			"1 Scope\n3 Données collectées\n"},
		{"near miss: a heading citing a law by its numbers is a heading",
			"1 Scope\n\nThis policy covers our bank.\n\n2 Article 13 of Regulation (EU) 2016/679\n\nWe inform you.\n",
			"1 Scope\n2 Article 13 of Regulation (EU) 2016/679\n"},
		{"a lettered number in a markdown heading is its number",
			"# Datenschutz\n\n## 1. Cookies\n\nText.\n\n### a) Temporäre Cookies\n\nText.\n\n### b) Permanente Cookies\n\nText.\n",
			"1 Cookies\n  a Temporäre Cookies\n  b Permanente Cookies\n"},
		{"a markdown heading with no words after its number is its title, not a numbered one",
			"# Policy\n\n## A. 2024\n\nText.\n\n## 1 Data\n\nText.\n",
			"A. 2024\n1 Data\n"},
		{"near miss: a markdown heading starting with a word is not numbered",
			"# Policy\n\n## A note on cookies\n\nText.\n",
			"A note on cookies\n"},
		{"a plain short line between two numbered lines of a list is part of the list",
			"Privacy Policy\n\nWe collect your name when you sign up for an account with us.\n\n1 We keep your name for as long as your account is open.\n\nExceptions apply\n\n2 We delete it within thirty days after you close it.\n\nSharing\n\nWe never sell your data to anyone.\n",
			"Sharing\n"},
		{"near miss: a plain short line after a numbered list's last line is a heading",
			"Privacy Policy\n\nWe collect your name when you sign up for an account with us.\n\n1 We keep your name for as long as your account is open.\n\n2 We delete it within thirty days after you close it.\n\nSharing\n\nWe never sell your data to anyone.\n",
			"Sharing\n"},
		{"a numbering opening after a lone heading of another numbering is its sibling",
			"# Policy\n\n## 0. Preface\n\nText.\n\n## A. Scope\n\nText.\n\n## B. Data\n\nText.\n",
			"0 Preface\nA Scope\nB Data\n"},
		{"a number over a line of punctuation is no heading",
			"# Policy\n\n## 1. Data\n\nText.\n\n2\n\n\\-\n\n3\n\n* * *\n\nMore text.\n",
			"1 Data\n"},
		{"a number over a line of words on the next line is a heading",
			"# Policy\n\n## 1. Data\n\nText.\n\n2\nSharing\n\nMore text.\n",
			"1 Data\n2 Sharing\n"},
		{"plain text: a clause ending in a colon is the lead-in under a heading, not one",
			"Acme Privacy Policy\n\nThis policy covers our shops and sites.\n\nWhat do we collect?\n\nYour name and address.\n\nHow do we use your data?\n\nWe use the data we collect about you to:\n\nShip your orders;\n\nAnswer your letters.\n\nWe share your data:\n\nWith couriers that ship your orders.\n\nHow can you reach us?\n\nWrite to the shop.\n",
			"What do we collect?\nHow do we use your data?\nHow can you reach us?\n"},
		{"near miss: plain text: a phrase ending in a colon is a heading",
			"Acme Privacy Policy\n\nThis policy covers our shops and sites.\n\nInformation you give to us:\n\nYour name and address.\n\nHow can you reach us?\n\nWrite to the shop.\n",
			"Information you give to us\nHow can you reach us?\n"},
		{"a marked lead-in over the document's own numbered contents is not a section",
			"# 示例隐私政策\n\n### 提示条款\n\n我们重视您的隐私。\n\n### 本政策将帮助您了解以下内容：\n1、我们如何收集信息\n2、我们如何使用信息\n3、我们如何保护信息\n\n### 一、我们如何收集信息\n\n我们收集您的姓名。\n\n### 二、我们如何使用信息\n\n我们用于提供服务。\n\n### 三、我们如何保护信息\n\n我们加密。\n",
			"提示条款\n一 我们如何收集信息\n二 我们如何使用信息\n三 我们如何保护信息\n"},
		{"near miss: a marked heading ending in a colon over a numbered list of its own",
			"# Example Policy\n\n## Sharing\n\nWe share little.\n\n## Ways to reach us:\n1. By mail\n2. By phone\n3. By e-mail\n\n## Contact\n\nWrite to us.\n",
			"Sharing\nWays to reach us:\nContact\n"},
		{"plain text: a line in capitals ending in a preposition is a heading",
			"Example Games Privacy Policy\n\nThis policy explains what we do.\n\nWHO THIS POLICY APPLIES TO\n\nIt applies to every player of our games.\n\nWHAT WE COLLECT\n\nYour name and e-mail address.\n",
			"WHO THIS POLICY APPLIES TO\nWHAT WE COLLECT\n"},
		{"near miss: plain text: the same words in lower case are a lead-in",
			"Example Games Privacy Policy\n\nThis policy explains what we do.\n\nThis policy applies to\n\nevery player of our games.\n\nWhat We Collect\n\nYour name and e-mail address.\n",
			"What We Collect\n"},
		{"a short numbered line opening a list of clauses is an entry, not a heading",
			"# 示例隐私政策\n\n## 一、信息的披露\n\n（一）共享\n我们不会共享您的信息。\n\n（二）公开披露\n我们仅会在以下情况下公开披露您的个人信息：\n1、在您明确同意的方式下披露您指定的信息\n2、根据法律法规的要求必须提供时，我们可能会公开披露您的信息。\n\n## 二、联系我们\n\n请写信给我们。\n",
			"一 信息的披露\n  （一） 共享\n  （二） 公开披露\n二 联系我们\n"},
		{"near miss: a numbered heading with its own text before a clause stays a heading",
			"# 示例隐私政策\n\n## 一、信息的收集\n\n1、账号注册\n我们收集您的手机号码。\n2、我们会在您同意后使用您的位置信息。\n\n## 二、联系我们\n\n请写信给我们。\n",
			"一 信息的收集\n  1 账号注册\n二 联系我们\n"},
		{"a marked heading holding two Chinese sentences is text",
			"# 示例隐私政策\n\n### 一、信息的存储\n\n#### （一）存储地点与期限\n我们仅在必要期间内保存您的信息。\n\n#### （二）我们收集的个人信息存储在中国境内。以下情形除外：\n1、法律法规有明确规定；\n2、获得您的授权同意。\n\n### 二、联系我们\n\n请写信给我们。\n",
			"一 信息的存储\n  （一） 存储地点与期限\n二 联系我们\n"},
		{"near miss: a marked Chinese heading with commas inside is a heading",
			"# 示例隐私政策\n\n### 一、信息的存储\n\n#### （一）存储地点与期限\n我们仅在必要期间内保存您的信息。\n\n#### （二）信息的共享、转让，公开披露\n我们不会出售您的信息。\n\n### 二、联系我们\n\n请写信给我们。\n",
			"一 信息的存储\n  （一） 存储地点与期限\n  （二） 信息的共享、转让，公开披露\n二 联系我们\n"},
		{"plain text: the name above a street line is an address, not a heading",
			"Example Privacy Policy\n\nThis policy covers our sites.\n\nWhat We Collect\n\nYour name and e-mail address.\n\nHow can you reach us?\n\nWrite to our privacy office.\n\nExample Media\n\n12 Main Street, Suite 3\n\nSpringfield, IL 62701\n",
			"What We Collect\nHow can you reach us?\n"},
		{"near miss: plain text: a heading over a sentence ending in a postal code",
			"Example Privacy Policy\n\nThis policy covers our sites.\n\nWhat We Collect\n\nYour name and e-mail address.\n\nContact Information\n\nWrite to Example Media, 12 Main Street, Springfield, IL 62701\n",
			"What We Collect\nContact Information\n"},
		{"plain text: the document's name under an opening sentence is its title, not a section",
			"The following policy applies to every site we run and to the apps we publish for phones.\n\nPrivacy Policy\n\nLast updated: March 1, 2024\n\nWe respect your privacy and explain here what we do.\n\nInformation We Collect\n\nYour name and e-mail address.\n\nScope of Privacy Policy\n\nIt covers our sites.\n",
			"Information We Collect\nScope of Privacy Policy\n"},
		{"near miss: plain text: a first section about the policy is a section",
			"The following policy applies to every site we run and to the apps we publish for phones.\n\nScope of Privacy Policy\n\nIt covers our sites.\n\nInformation We Collect\n\nYour name and e-mail address.\n",
			"Scope of Privacy Policy\nInformation We Collect\n"},
		{"an unnumbered heading inside a numbering of one '#' count is a sibling of the one before",
			"## Privacy Policy\n\nIntro.\n\n## I. WHAT WE COLLECT\n\nText.\n\n## A. Data You Give Us\n\nText.\n\n## Data From Others\n\nText.\n\n## B. Data Collected Automatically\n\nText.\n\n## Cookies\n\nText.\n\n## II. HOW WE USE IT\n\nText.\n\n## III. SHARING\n\nText.\n",
			"I WHAT WE COLLECT\n  A Data You Give Us\n  Data From Others\n  B Data Collected Automatically\n  Cookies\nII HOW WE USE IT\nIII SHARING\n"},
		{"near miss: an unnumbered heading after the numbering ends is top-level",
			"## Privacy Policy\n\nIntro.\n\n## I. WHAT WE COLLECT\n\nText.\n\n## A. Data You Give Us\n\nText.\n\n## B. Data Collected Automatically\n\nText.\n\n## II. HOW WE USE IT\n\nText.\n\n## Glossary\n\nText.\n",
			"I WHAT WE COLLECT\n  A Data You Give Us\n  B Data Collected Automatically\nII HOW WE USE IT\nGlossary\n"},
		{"bold sections each holding a numbering of their own are outer",
			"**示例个人信息保护政策**\n\n本政策说明我们如何处理您的信息。\n\n**个人信息的收集**\n\n我们收集您的手机号码。\n\n**个人信息的保护**\n\n1、我们将尽一切合理努力保护您的信息，并采取加密措施。\n\n2、其他安全措施\n\n我们建立数据安全管理制度。\n\n3、安全事件的通知\n\n我们会及时通知您。\n\n**未成年人的保护**\n\n1、未成年人信息保护\n\n我们不收集未成年人的信息。\n\n2、儿童信息保护\n\n我们需要监护人同意。\n",
			"个人信息的收集\n个人信息的保护\n  2 其他安全措施\n  3 安全事件的通知\n未成年人的保护\n  1 未成年人信息保护\n  2 儿童信息保护\n"},
		{"near miss: a bold line between two numbers that count on is inside the first, even where the numbering starts again later",
			"**Example Privacy Policy**\n\nThis policy explains what we do.\n\n**Introduction**\n\nWe care about privacy.\n\n1. Data We Collect\n\nYour name.\n\n2. How We Use Data\n\nTo run the shop.\n\n**Cookies**\n\nWe set a few.\n\n3. Sharing\n\nWith no one.\n\n**Annex**\n\nThe annex follows.\n\n1. Processors\n\nOur host.\n\n2. Retention\n\nA year.\n",
			"Introduction\n1 Data We Collect\n2 How We Use Data\n  Cookies\n3 Sharing\n  Annex\n  1 Processors\n  2 Retention\n"},
		{"near miss: bold lines inside one running numbering are its subsections",
			"**示例个人信息保护政策**\n\n本政策说明我们如何处理您的信息。\n\n**引言**\n\n我们重视您的隐私。\n\n1、信息的收集\n\n我们收集您的手机号码。\n\n**手机号码**\n\n用于登录。\n\n2、信息的使用\n\n我们用于提供服务。\n\n**推送**\n\n我们会推送通知。\n",
			"引言\n1 信息的收集\n  手机号码\n2 信息的使用\n  推送\n"},
		{"a marked company name over a street line is an address, not a section",
			"# Example Privacy Policy\n\n## Data We Collect\n\nYour name.\n\n## How to Contact Us\n\nWrite to us.\n\n## Example Media, LLC\n\n12 Main Street, Suite 3\n\nSpringfield, IL 62701\n",
			"Data We Collect\nHow to Contact Us\n"},
		{"near miss: a marked company name over its own text is a section",
			"# Example Privacy Policy\n\n## Data We Collect\n\nYour name.\n\n## Example Media, LLC\n\nExample Media, LLC runs the shop at 12 Main Street.\n\n## Example Books, Inc.\n\nExample Books, Inc. runs the book club.\n",
			"Data We Collect\nExample Media, LLC\nExample Books, Inc.\n"},
		{"a marked greeting to the reader is not a section",
			"# 示例隐私政策\n\n### 尊敬的用户：\n\n感谢您使用我们的产品。\n\n### 一、我们收集的信息\n\n您的手机号码。\n\n### 二、联系我们\n\n请写信给我们。\n",
			"一 我们收集的信息\n二 联系我们\n"},
		{"near miss: a heading about the reader that greets no one is a section",
			"# 示例隐私政策\n\n### 尊敬的用户的权利\n\n您可以删除您的信息。\n\n### 一、我们收集的信息\n\n您的手机号码。\n",
			"尊敬的用户的权利\n一 我们收集的信息\n"},
		{"plain text: a short line after one ending in a semicolon is a list entry",
			"Example Privacy Policy\n\nThis policy covers our shops and sites.\n\nWhat We Collect\n\nWe collect:\n\nYour name and address;\n\nYour e-mail address;\n\nNewsletters you would like to receive\n\nMessages you send to us.\n\nHow can you reach us?\n\nWrite to the shop.\n",
			"What We Collect\nHow can you reach us?\n"},
		{"near miss: plain text: a short line after a sentence is a heading",
			"Example Privacy Policy\n\nThis policy covers our shops and sites.\n\nWhat We Collect\n\nYour name and address, your e-mail address and the messages you send to us.\n\nNewsletters\n\nWe send them only when you ask.\n",
			"What We Collect\nNewsletters\n"},
		{"plain text: a title over the title of its first subsection and a sentence is two headings",
			"Example Privacy Policy\n\nThis policy covers our shops and sites.\n\nWhat We Collect\n\nYour name and address.\n\nHow we use what we collect:\n\nAnswering your requests:\n\nWe use your address to answer the letters you send us.\n\nNewsletters:\n\nWe send them only when you ask.\n",
			"What We Collect\nHow we use what we collect\nAnswering your requests\nNewsletters\n"},
		{"Chinese plain text: a title over the title of its first subsection and a sentence is two headings",
			"示例隐私政策\n我们重视您的隐私，并说明我们如何处理您的信息。\n我们如何使用您的信息\n我们仅为提供服务使用您的信息。\n我们发送的邮件和信息\n邮件推送\n我们可能向您的设备发送电子邮件。\n与服务有关的公告\n我们可能发出与服务有关的公告。\n",
			"我们如何使用您的信息\n我们发送的邮件和信息\n邮件推送\n与服务有关的公告\n"},
		{"near miss: plain text: a lead-in's short entries, and the document's own list of titles, stay text",
			"Example Privacy Policy\n\nThis policy covers our shops and sites.\n\nWhat We Collect\n\nYour name and address.\n\nWe use what we collect for:\n\nAnswering requests:\n\nWe use your address to answer the letters you send us.\n\nYour Choices\n\nSharing Your Data\n\nHOW CAN YOU CHANGE OR DELETE THE INFORMATION THAT WE KEEP ABOUT YOU?\n\nNewsletters\n\nWe send them only when you ask.\n",
			"What We Collect\nNewsletters\n"},
		{"plain text: company names ending in an abbreviation's stop go on with the list a colon opens",
			"Example Privacy Policy\n\nThis policy covers our shops and sites.\n\nOur Companies\n\nWe are a family of shops.\n\nWe give this policy for ourselves and for these companies:\n\nExample Holdings, Inc.\n\nExample Receivables Corp.\n\nExample Leasing Trust\n\nExample Funding Group\n\nThe Example companies share one customer service.\n\nWhat We Collect\n\nYour name and address, your e-mail address and the messages you send to us.\n\nNewsletters\n\nWe send them only when you ask.\n",
			"Our Companies\nWhat We Collect\nNewsletters\n"},
		{"near miss: plain text: a short sentence after a list a colon opens ends it",
			"Example Privacy Policy\n\nThis policy covers our shops and sites.\n\nOur Companies\n\nWe are a family of shops.\n\nWe give this policy for ourselves and for these companies:\n\nExample Holdings, Inc.\n\nWe share one desk.\n\nContact Desk\n\nWrite to us at any time, we answer within a week.\n\nWhat We Collect\n\nYour name and address, your e-mail address and the messages you send to us.\n",
			"Our Companies\nContact Desk\nWhat We Collect\n"},
		{"plain numbered text: a line naming an annex after the sections is their sibling",
			"Politique de confidentialité\n\n1. Données collectées\n\nNous collectons votre nom et votre adresse.\n\n2. Vos droits\n\nVous pouvez demander une copie de vos données.\n\n2.1 Accès\n\nÉcrivez-nous.\n\nAnnexe – Durées de conservation\n\nLes durées figurent dans le tableau ci-dessous.\n",
			"1 Données collectées\n2 Vos droits\n  2.1 Accès\nAnnexe – Durées de conservation\n"},
		{"near miss: a sentence opening with the word annex and an unmarked annex line of a marked document are text",
			"# Example Privacy Policy\n\n## 1. Data\n\nWe collect your name.\n\nAnnex – Retention periods\n\nThe periods are listed below.\n\n## 2. Rights\n\nAppendix 2 lists the cookies we set on your device.\n\nYou may ask for a copy of your data.\n",
			"1 Data\n2 Rights\n"},
		{"near miss: plain numbered text: a sentence opening with the word annex is text",
			"Politique de confidentialité\n\n1. Données collectées\n\nNous collectons votre nom et votre adresse.\n\n2. Vos droits\n\nVous pouvez demander une copie de vos données.\n\nAnnexe 2 décrit les cookies que nous déposons.\n\nNous les déposons avec votre accord.\n",
			"1 Données collectées\n2 Vos droits\n"},
		{"plain sections before the first marked heading are sections",
			"EXAMPLE PRIVACY STATEMENT\n\nExample Motors explains here how it handles your data.\n\nInformation Collection\n\nYou can visit our sites without telling us who you are.\n\nUse of Cookies\n\nA cookie is a small text file.\n\nSecurity\n\nWe protect your data.\n\nSite Provisions\n\nThe sections below apply to single sites.\n\n## Example Cars\n\nThe car site keeps your wish list.\n\n## Example Boats\n\nThe boat site keeps nothing.\n",
			"Information Collection\nUse of Cookies\nSecurity\nSite Provisions\nExample Cars\nExample Boats\n"},
		{"plain sections inside a marked section of a document plain before its first marked heading nest in it",
			"EXAMPLE PRIVACY STATEMENT\n\nExample Motors explains here how it handles your data.\n\nInformation Collection\n\nYou can visit our sites without telling us who you are.\n\nUse of Cookies\n\nA cookie is a small text file.\n\nSecurity\n\nWe protect your data.\n\n## Example Cars\n\nThe car site keeps your wish list.\n\n## Example Finance\n\nThis part is given by Example Finance for its own customers.\n\nPolicy Overview\n\nWe respect the privacy of our customers.\n\nHow do we protect information?\n\nWe keep physical and electronic safeguards.\n\nSharing of information\n\nWe share data with our affiliates only.\n",
			"Information Collection\nUse of Cookies\nSecurity\nExample Cars\nExample Finance\n  Policy Overview\n  How do we protect information?\n  Sharing of information\n"},
		{"near miss: two short plain lines inside a marked section of a document plain before it are labels",
			"EXAMPLE PRIVACY STATEMENT\n\nExample Motors explains here how it handles your data.\n\nInformation Collection\n\nYou can visit our sites without telling us who you are.\n\nUse of Cookies\n\nA cookie is a small text file.\n\nSecurity\n\nWe protect your data.\n\n## Example Finance\n\nThis part is given by Example Finance for its own customers.\n\nPolicy Overview\n\nWe respect the privacy of our customers.\n\nSharing of information\n\nWe share data with our affiliates only.\n",
			"Information Collection\nUse of Cookies\nSecurity\nExample Finance\n"},
		{"near miss: short plain lines inside a marked section of a marked document are text",
			"# Example Privacy Statement\n\nExample Motors explains here how it handles your data.\n\n## Information Collection\n\nYou can visit our sites without telling us who you are.\n\n## Example Finance\n\nThis part is given by Example Finance for its own customers.\n\nPolicy Overview\n\nWe respect the privacy of our customers.\n\nHow do we protect information?\n\nWe keep physical and electronic safeguards.\n\nSharing of information\n\nWe share data with our affiliates only.\n",
			"Information Collection\nExample Finance\n"},
		{"near miss: one short plain line before the first marked heading is a label",
			"# Example Privacy Policy\n\nExample Motors explains here how it handles your data.\n\nImportant\n\nPlease read this policy with care.\n\n## Information Collection\n\nYou can visit our sites without telling us who you are.\n\n## Use of Cookies\n\nA cookie is a small text file.\n",
			"Information Collection\nUse of Cookies\n"},
		{"plain text: the short lines under a lead-in ending in a colon are its list",
			"示例隐私政策\n我们重视您的隐私，并说明我们如何处理您的信息。\n我们如何分享您的信息\n除以下情形外，我们不会分享您的信息：\n向您提供我们的服务\n实现本政策所述目的\n理解和改善我们的服务。\n有关共享信息的提示\n您分享的信息可能被他人看到。\n",
			"我们如何分享您的信息\n有关共享信息的提示\n"},
		{"near miss: plain text: a line after the list and a blank line is a heading again",
			"示例隐私政策\n我们重视您的隐私，并说明我们如何处理您的信息。\n我们如何分享您的信息\n除以下情形外，我们不会分享您的信息：\n向您提供我们的服务\n\n有关共享信息的提示\n您分享的信息可能被他人看到。\n",
			"我们如何分享您的信息\n有关共享信息的提示\n"},
		{"the title of a second document in the file holds the sections after it",
			"# Privacy Policy\n\n## Your Choices\n\nYou may opt out.\n\n## Other Information\n\nSee below.\n\n## Example Online Privacy Policy\n\nThis policy covers our sites.\n\n## Information We Collect\n\nYour name.\n\n## How We Use It\n\nTo run the site.\n\n## Sharing\n\nWith no one.\n\n## Security\n\nWe lock it.\n\n## Contact Us\n\nWrite to us.\n",
			"Your Choices\nOther Information\nExample Online Privacy Policy\n  Information We Collect\n  How We Use It\n  Sharing\n  Security\n  Contact Us\n"},
		{"near miss: a section named after a topic holds nothing",
			"# Privacy Policy\n\n## Your Choices\n\nYou may opt out.\n\n## Other Information\n\nSee below.\n\n## Data Protection\n\nThis policy covers our sites.\n\n## Information We Collect\n\nYour name.\n\n## How We Use It\n\nTo run the site.\n\n## Sharing\n\nWith no one.\n\n## Security\n\nWe lock it.\n\n## Contact Us\n\nWrite to us.\n",
			"Your Choices\nOther Information\nData Protection\nInformation We Collect\nHow We Use It\nSharing\nSecurity\nContact Us\n"},
		{"near miss: a notice for one audience near the end holds nothing",
			"# Privacy Policy\n\n## Your Choices\n\nYou may opt out.\n\n## Other Information\n\nSee below.\n\n## California Privacy Notice\n\nThis notice is for California residents.\n\n## Security\n\nWe lock it.\n\n## Changes\n\nWe may change this.\n\n## Contact Us\n\nWrite to us.\n",
			"Your Choices\nOther Information\nCalifornia Privacy Notice\nSecurity\nChanges\nContact Us\n"},
		{"near miss: a notice for one audience followed by the usual last sections holds nothing",
			"# Privacy Policy\n\n## Information We Collect\n\nYour name.\n\n## Your Choices\n\nYou may opt out.\n\n## California Privacy Notice\n\nThis notice is for California residents.\n\n## Security\n\nWe lock it.\n\n## International Transfers\n\nTo the US.\n\n## Children\n\nNot for them.\n\n## Changes\n\nWe may change this.\n\n## Contact Us\n\nWrite to us.\n",
			"Information We Collect\nYour Choices\nCalifornia Privacy Notice\nSecurity\nInternational Transfers\nChildren\nChanges\nContact Us\n"},
		{"a long numbered title in title case with a stray full stop continues the numbering",
			"# Privacy Policy\n\n## 1. When This Privacy Policy Applies.\n\nAlways.\n\n## 2. Collection and Use of Information.\n\nWe collect.\n\n**3. Opting-Out of Certain Uses of Your Personal Information and Other Information (Other than Direct Marketing Messages and Associated Promotional Offers).**\n\nYou may opt out.\n\n## 4. Protection of Information.\n\nWe protect it.\n",
			"1 When This Privacy Policy Applies.\n2 Collection and Use of Information.\n3 Opting-Out of Certain Uses of Your Personal Information and Other Information (Other than Direct Marketing Messages and Associated Promotional Offers).\n4 Protection of Information.\n"},
		{"a marked title of twenty words in title case with a stray full stop is a heading",
			"# Privacy Policy\n\n## 1. Scope.\n\nAlways.\n\n## 2. Opting-Out of Certain Uses of Your Personal Information and Other Information (Other than Direct Marketing Messages and Associated Promotional Offers).\n\nYou may opt out.\n\n## 3. We may share the personal information that we collect with our partners and with others when the law of the land requires it.\n\nRarely.\n",
			"1 Scope.\n2 Opting-Out of Certain Uses of Your Personal Information and Other Information (Other than Direct Marketing Messages and Associated Promotional Offers).\n"},
		{"near miss: a long numbered sentence in lower case is text",
			"# Privacy Policy\n\n## 1. When This Privacy Policy Applies.\n\nAlways.\n\n## 2. Collection and Use of Information.\n\nWe collect.\n\n**3. Opting out of the use of your personal information is possible by writing to our office at any time of the year.**\n\nYou may opt out.\n\n## 4. Protection of Information.\n\nWe protect it.\n",
			"1 When This Privacy Policy Applies.\n2 Collection and Use of Information.\n4 Protection of Information.\n"},
		{"markdown: lettered sub-headings nest in the numbered section they sit in",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n## a. What we collect\n\nYour name.\n\n## b. Why we collect it\n\nTo run the shop.\n\n## 2. Rights\n\nYou have rights.\n",
			"1 Data\n  a What we collect\n  b Why we collect it\n2 Rights\n"},
		{"near miss: markdown: lettered clauses and a line opening with the article a are text",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data in two cases:\n\na. we collect your name when you open an account;\n\nb. we collect your address when you place an order.\n\na Shop Assistant may read them\n\n## 2. Rights\n\nYou have rights.\n",
			"1 Data\n2 Rights\n"},
		{"plain text: lettered title lines nest in the numbered section they sit in",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need to run the shop.\n\na. Account data\n\nYour name and your e-mail address.\n\nb. Order data\n\nWhat you bought and where it goes.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n  a Account data\n  b Order data\n2 Your Rights\n"},
		{"near miss: plain text: lettered clauses, a lettered list and a line opening with the article a are text",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need:\n\na. your name, when you open an account;\n\nb. your address, when you place an order.\n\nWe keep:\n\na. Name\nb. Address\nc. E-mail\n\na Loyalty Card Number\n\nis kept too when you have one.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n2 Your Rights\n"},
		{"French plain text: lettered title lines nest in the numbered section",
			"Politique de confidentialité\n\n1. Données collectées\n\nNous collectons les données utiles à la boutique.\n\na. Données de compte\n\nVotre nom et votre adresse électronique.\n\nb. Données de commande\n\nCe que vous achetez et l’adresse de livraison.\n\n2. Vos droits\n\nVous pouvez demander une copie de vos données.\n",
			"1 Données collectées\n  a Données de compte\n  b Données de commande\n2 Vos droits\n"},
		{"near miss: French plain text: lettered clauses and a line opening with à are text",
			"Politique de confidentialité\n\n1. Données collectées\n\nNous collectons :\n\na. votre nom, lorsque vous créez un compte ;\n\nb. votre adresse, lorsque vous passez commande.\n\nà la demande de l’utilisateur, nous supprimons ces données.\n\n2. Vos droits\n\nVous pouvez demander une copie de vos données.\n",
			"1 Données collectées\n2 Vos droits\n"},
		{"markdown: parenthesised lettered sub-headings nest in the numbered section",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n## (a) Account data\n\nYour name.\n\n## (b) Order data\n\nYour orders.\n\n## 2. Rights\n\nYou have rights.\n",
			"1 Data\n  (a) Account data\n  (b) Order data\n2 Rights\n"},
		{"plain text: parenthesised lettered title lines nest in the numbered section",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need to run the shop.\n\n(a) Account data\n\nYour name and your e-mail address.\n\n(b) Order data\n\nWhat you bought and where it goes.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n  (a) Account data\n  (b) Order data\n2 Your Rights\n"},
		{"near miss: plain text: parenthesised lettered clauses and a roman (i) are list entries",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need:\n\n(a) your name, when you open an account;\n\n(b) your address, when you place an order.\n\n(i) Cookies\n\nWe set them when you visit the shop.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n2 Your Rights\n"},
		{"German plain text: a) title lines nest in the numbered section",
			"Datenschutzerklärung\n\n1. Verarbeitung von Daten\n\nWir verarbeiten nur die Daten, die wir brauchen.\n\na) Art und Umfang\n\nName und E-Mail-Adresse.\n\nb) Zweck\n\nDer Betrieb des Shops.\n\nc) Speicherdauer\n\nDrei Jahre.\n\n2. Ihre Rechte\n\nSie können Auskunft verlangen.\n",
			"1 Verarbeitung von Daten\n  a Art und Umfang\n  b Zweck\n  c Speicherdauer\n2 Ihre Rechte\n"},
		{"near miss: German plain text: a) clauses and a run of a) entries are a list",
			"Datenschutzerklärung\n\n1. Verarbeitung von Daten\n\nWir verarbeiten:\n\na) Ihren Namen, wenn Sie ein Konto anlegen;\n\nb) Ihre Anschrift, wenn Sie bestellen.\n\nWir speichern:\n\na) Name\nb) Anschrift\nc) E-Mail\n\n2. Ihre Rechte\n\nSie können Auskunft verlangen.\n",
			"1 Verarbeitung von Daten\n2 Ihre Rechte\n"},
		{"French plain text: a) titles ending in a colon over passages of their own nest in the numbered section",
			"Politique de confidentialité\n\n1. Bases légales\n\nNous traitons vos données sur les bases suivantes.\n\na) L’exécution d’un contrat :\n\nNous utilisons vos données pour tenir votre compte, notamment dans le cadre de :\n\n• l’ouverture du compte,\n\n• la gestion de vos commandes.\n\nb) Le respect de nos obligations légales :\n\nNous conservons vos factures pour l’administration fiscale.\n\nNous répondons aux demandes des autorités.\n\nc) Le consentement :\n\n• Nous déposons des cookies de mesure avec votre accord,\n\n• Nous vous écrivons si vous le souhaitez.\n\n2. Vos droits\n\nVous pouvez demander une copie de vos données.\n",
			"1 Bases légales\n  a L’exécution d’un contrat\n  b Le respect de nos obligations légales\n  c Le consentement\n2 Vos droits\n"},
		{"near miss: French plain text: a) lead-ins ending in a colon, each over one line, are a list",
			"Politique de confidentialité\n\n1. Données collectées\n\nNous collectons des données dans deux cas.\n\na) Lors de l’ouverture du compte :\n\nvotre nom et votre adresse électronique.\n\nb) Lors d’une commande :\n\nvotre adresse de livraison.\n\n2. Vos droits\n\nVous pouvez demander une copie de vos données.\n",
			"1 Données collectées\n2 Vos droits\n"},
		{"a lettered list starting again after text numbered otherwise is not inside the last letter",
			"# Politique\n\n## 1. Paiement\n\nTexte.\n\n1\\. Les destinataires des données de paiement sont nos prestataires, qui les traitent pour nous.\n\na) Exécution du contrat\n\nTexte.\n\nb) Obligation légale\n\nTexte.\n\n2\\. Les données sont conservées pendant la durée fixée ci-dessous, selon la base concernée.\n\na) Base de paiement\n\nDouze mois.\n\nb) Base de rapports\n\nVingt-quatre mois.\n\n## 2. Vos droits\n\nTexte.\n",
			"1 Paiement\n  a Exécution du contrat\n  b Obligation légale\n  a Base de paiement\n  b Base de rapports\n2 Vos droits\n"},
		{"near miss: a lettered list starting again right under a letter is inside it",
			"# Politique\n\n## 1. Paiement\n\nTexte.\n\na) Exécution du contrat\n\nTexte.\n\nb) Durée de conservation\n\nSelon la base concernée.\n\na) Base de paiement\n\nDouze mois.\n\nb) Base de rapports\n\nVingt-quatre mois.\n\n## 2. Vos droits\n\nTexte.\n",
			"1 Paiement\n  a Exécution du contrat\n  b Durée de conservation\n    a Base de paiement\n    b Base de rapports\n2 Vos droits\n"},
		{"near miss: plain text: a short entry opening or ending a list of lettered clauses is an entry of it",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect what we need.\n\na. Account Data\n\nYour name.\n\nb. Orders. We keep what you bought and where it went, for the tax office.\n\nc. Support. We keep the messages you send us until your question is answered.\n\nd. Logs. We keep the address your device connects from for a week.\n\ne. Delivery of Advertising\n\nWe show ads of our own shop only.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n2 Your Rights\n"},
		{"plain text: i) after h) is the ninth letter",
			"Datenschutzerklärung\n\n1. Dienste\n\nWir nutzen diese Dienste.\n\ng) Analyse\n\nText.\n\nh) Firebase\n\nText.\n\ni) Tealium\n\nText.\n\n2. Ihre Rechte\n\nSie können Auskunft verlangen.\n",
			"1 Dienste\n  g Analyse\n  h Firebase\n  i Tealium\n2 Ihre Rechte\n"},
		{"markdown: lower-case roman sub-headings nest in the lettered section they sit in",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n### a. Types of data\n\nTwo kinds.\n\n#### i. Information you give us\n\nYour name.\n\n#### ii. Information we collect\n\nYour device.\n\n### b. Payment data\n\nYour card.\n\n## 2. Rights\n\nYou have rights.\n",
			"1 Data\n  a Types of data\n    i Information you give us\n    ii Information we collect\n  b Payment data\n2 Rights\n"},
		{"markdown: lower-case roman headings of one '#' count nest in the lettered one before",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n## a. Types of data\n\nTwo kinds.\n\n## i. Information you give us\n\nYour name.\n\n## ii. Information we collect\n\nYour device.\n\n## b. Payment data\n\nYour card.\n\n## 2. Rights\n\nYou have rights.\n",
			"1 Data\n  a Types of data\n    i Information you give us\n    ii Information we collect\n  b Payment data\n2 Rights\n"},
		{"plain text: lower-case roman title lines nest in the lettered section they sit in",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need to run the shop.\n\na. Account data\n\nTwo kinds of it.\n\ni. Information you give us\n\nYour name and your e-mail address.\n\nii. Information we collect\n\nThe device you use.\n\nb. Order data\n\nWhat you bought and where it goes.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n  a Account data\n    i Information you give us\n    ii Information we collect\n  b Order data\n2 Your Rights\n"},
		{"plain text: lower-case roman title lines nest in the arabic and upper roman sections",
			"Example Privacy Policy\n\nI. Data We Collect\n\nWe collect only what we need to run the shop.\n\ni. Information you give us\n\nYour name and your e-mail address.\n\nii. Information we collect\n\nThe device you use.\n\nII. Your Rights\n\nYou may ask for a copy of your data.\n\n1. Access\n\nA copy of it.\n\ni) Online requests\n\nThrough your account.\n\nii) Written requests\n\nBy post.\n\n2. Erasure\n\nWe delete it.\n",
			"I Data We Collect\n  i Information you give us\n  ii Information we collect\nII Your Rights\n  1 Access\n    i Online requests\n    ii Written requests\n  2 Erasure\n"},
		{"plain text: lower-case roman numbers count on past iv, and (i) title lines are one numbering",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need.\n\n(i) Account data\n\nYour name.\n\n(ii) Order data\n\nWhat you bought.\n\n(iii) Support messages\n\nWhat you wrote to us.\n\n(iv) Device data\n\nThe browser you use.\n\n(v) Location data\n\nThe town you are in.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n  (i) Account data\n  (ii) Order data\n  (iii) Support messages\n  (iv) Device data\n  (v) Location data\n2 Your Rights\n"},
		{"a lower-case roman list starting again after text numbered otherwise is not inside the last numeral",
			"# Politique\n\n## 1. Paiement\n\nTexte.\n\n1\\. Les destinataires des données de paiement sont nos prestataires, qui les traitent pour nous.\n\ni) Exécution du contrat\n\nTexte.\n\nii) Obligation légale\n\nTexte.\n\n2\\. Les données sont conservées pendant la durée fixée ci-dessous, selon la base concernée.\n\ni) Base de paiement\n\nDouze mois.\n\nii) Base de rapports\n\nVingt-quatre mois.\n\n## 2. Vos droits\n\nTexte.\n",
			"1 Paiement\n  i Exécution du contrat\n  ii Obligation légale\n  i Base de paiement\n  ii Base de rapports\n2 Vos droits\n"},
		{"near miss: a lower-case roman list starting again right under a numeral is inside it",
			"# Politique\n\n## 1. Paiement\n\nTexte.\n\ni) Exécution du contrat\n\nTexte.\n\nii) Durée de conservation\n\nSelon la base concernée.\n\ni) Base de paiement\n\nDouze mois.\n\nii) Base de rapports\n\nVingt-quatre mois.\n\n## 2. Vos droits\n\nTexte.\n",
			"1 Paiement\n  i Exécution du contrat\n  ii Durée de conservation\n    i Base de paiement\n    ii Base de rapports\n2 Vos droits\n"},
		{"near miss: plain text: a short entry opening or ending a list of lower-case roman clauses is an entry of it",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect what we need.\n\ni. Account Data\n\nYour name.\n\nii. Orders. We keep what you bought and where it went, for the tax office.\n\niii. Support. We keep the messages you send us until your question is answered.\n\niv. Logs. We keep the address your device connects from for a week.\n\nv. Delivery of Advertising\n\nWe show ads of our own shop only.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n2 Your Rights\n"},
		{"near miss: lettered lines h., i., j. stay letters in a document counting in roman too",
			"Example Privacy Policy\n\n1. Services\n\nWe use these services.\n\ng. Analytics\n\nText.\n\nh. Hosting\n\nText.\n\ni. Payments\n\nText.\n\nj. Support\n\nText.\n\n2. Your Rights\n\nYou may ask:\n\ni. Access\n\nA copy.\n\nii. Erasure\n\nDeletion.\n",
			"1 Services\n  g Analytics\n  h Hosting\n  i Payments\n  j Support\n2 Your Rights\n  i Access\n  ii Erasure\n"},
		{"near miss: lettered lines u., v. stay letters in a document counting in roman too",
			"Example Privacy Policy\n\n1. Services\n\nWe use these services.\n\nt. Analytics\n\nText.\n\nu. Hosting\n\nText.\n\nv. Payments\n\nText.\n\n2. Your Rights\n\nYou may ask:\n\ni. Access\n\nA copy.\n\nii. Erasure\n\nDeletion.\n",
			"1 Services\n  t Analytics\n  u Hosting\n  v Payments\n2 Your Rights\n  i Access\n  ii Erasure\n"},
		{"near miss: lower-case roman clauses and a lone i. are text",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need:\n\ni. your name, when you open an account;\n\nii. your address, when you place an order.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n2 Your Rights\n"},
		{"near miss: without an ii, i. is no number and (i) a list entry",
			"Example Privacy Policy\n\n1. Data We Collect\n\nWe collect only what we need.\n\ni. Personal Information\n\nYour name.\n\n(i) Cookies\n\nWe set them when you visit the shop.\n\n2. Your Rights\n\nYou may ask for a copy of your data.\n",
			"1 Data We Collect\n2 Your Rights\n"},
		{"markdown: a numbering met past its first number does not nest in the one before",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n## 2. Sharing\n\nWe share little.\n\n## C. California residents\n\nYou have more rights.\n",
			"1 Data\n2 Sharing\nC California residents\n"},
		{"near miss: markdown: a numbering opening at its first number nests in the one before",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n## 2. Sharing\n\nWe share little.\n\n## A. Processors\n\nThey host the shop.\n",
			"1 Data\n2 Sharing\n  A Processors\n"},
		{"plain numbered lines right under a numbered markdown heading are inside it",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect data.\n\n1.1 Account data\n\nYour name and address.\n\na. Payment data\n\nYour card number.\n",
			"1 Data\n  1.1 Account data\n    a Payment data\n"},
		{"title lines numbered 1) or (1) with text under them are subsections of the numbered heading",
			"# 隐私政策\n\n一、我们如何收集信息\n\n1.1 我们收集的信息\n\n我们会收集以下信息。\n\n1）设备信息\n\n我们会收集您的设备型号。\n\n2）位置信息\n\n我们会收集您的大致位置。\n\n1.2 例外情况\n\n以下情形无需同意：\n\n1）与国家安全有关的；\n\n2）与公共安全有关的。\n\n二、如何联系我们\n\n请发邮件给我们。\n",
			"一 我们如何收集信息\n  1.1 我们收集的信息\n    1 设备信息\n    2 位置信息\n  1.2 例外情况\n二 如何联系我们\n"},
		{"near miss: entries numbered (1) with nothing under them, or clauses, stay a list",
			"# Privacy Policy\n\n## 1. Data\n\nWe collect:\n\n(1) Name\n(2) Email address\n(3) Phone number\n\nWe keep them.\n\n(1) We keep your name while you have an account.\n\nThat is all.\n\n(2) We delete logs after a week.\n\n## 2. Rights\n\nYou have rights.\n",
			"1 Data\n2 Rights\n"},
		{"near miss: (1) title lines under a plain unnumbered heading are not read as subsections",
			"Privacy Policy\n\nWe care about your data.\n\nWhat we collect\n\nWe collect little.\n\n(1) Account data\n\nYour name.\n\n(2) Order data\n\nWhat you bought.\n\nYour rights\n\nYou may ask for a copy.\n",
			"What we collect\nYour rights\n"},
		{"near miss: a number standing alone, a blank line, then words is no heading (a page number over a running header)",
			"# Policy\n\n## 1. Data\n\nText.\n\n2\n\nSharing\n\nMore text.\n",
			"1 Data\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			if got := outline(p); got != tt.want {
				t.Errorf("sections:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestNumberedClauses checks that lines lettered ("a)", "(b)") or numbered in lower-case roman
// ("i)", "(ii)") as lists are, which read as no heading (sentences, lead-ins), stay entries of
// their list, and that a line opening with the letter or numeral as a word takes no number.
func TestNumberedClauses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, outline string
		want               map[string]ClauseKind
	}{
		{
			name: "lettered",
			src: "Datenschutzerklärung\n\n1. Verarbeitung von Daten\n\nWir verarbeiten:\n\n" +
				"a) Ihren Namen, wenn Sie ein Konto anlegen;\n\n(b) Ihre Anschrift, wenn Sie bestellen.\n\n" +
				"a. the letter a opens this sentence, which is no heading.\n\n2. Ihre Rechte\n\nSie können Auskunft verlangen.\n",
			outline: "1 Verarbeitung von Daten\n2 Ihre Rechte\n",
			want: map[string]ClauseKind{
				"a) Ihren Namen, wenn Sie ein Konto anlegen;":               KindListItem,
				"(b) Ihre Anschrift, wenn Sie bestellen.":                   KindListItem,
				"a. the letter a opens this sentence, which is no heading.": KindParagraph,
			},
		},
		{
			name: "lower-case roman",
			src: "Example Privacy Policy\n\n1. Data We Collect\n\nWe collect:\n\n" +
				"i) your name, when you register;\n\n(ii) your address, when you place an order;\n\n" +
				"iii) your card, when you pay.\n\nii. the numeral opens this sentence, which is no heading.\n\n" +
				"2. Your Rights\n\nYou may ask for a copy of your data.\n",
			outline: "1 Data We Collect\n2 Your Rights\n",
			want: map[string]ClauseKind{
				"i) your name, when you register;":                          KindListItem,
				"(ii) your address, when you place an order;":               KindListItem,
				"iii) your card, when you pay.":                             KindListItem,
				"ii. the numeral opens this sentence, which is no heading.": KindParagraph,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			want := maps.Clone(tt.want)
			for _, c := range p.Clauses {
				if k, ok := want[c.Text]; ok {
					if c.Kind != k {
						t.Errorf("%q is a %v, want %v", c.Text, c.Kind, k)
					}
					delete(want, c.Text)
				}
			}
			for text := range want {
				t.Errorf("no clause %q", text)
			}
			if got := outline(p); got != tt.outline {
				t.Errorf("sections:\n%s\nwant:\n%s", got, tt.outline)
			}
		})
	}
}

// TestLettersRead checks how "i", "v", "x" and lower-case roman numbers are read by what came
// before them: the letter after the letter before, the roman numeral after the one before (in a
// document that counts in them), a German-style doubled letter after the one before, and a list
// enumeration or no number elsewhere.
func TestLettersRead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		state  letters
		line   string
		ok     bool
		style  numStyle
		number string
		value  int
	}{
		{"i. after h. is a letter", letters{letter: 8, counts: true}, "i. Payments", true, styleLower, "i", 9},
		{"i. after b. counts in roman", letters{letter: 2, counts: true}, "i. Payments", true, styleLowerRoman, "i", 1},
		{"(i) after b. counts in roman", letters{letter: 2, counts: true}, "(i) Payments", true, styleLowerRoman, "(i)", 1},
		{"v. after iv. is five", letters{roman: 4, counts: true}, "v. Retention", true, styleLowerRoman, "v", 5},
		{"x) after ix) is ten", letters{roman: 9, counts: true}, "x) Retention", true, styleLowerRoman, "x", 10},
		{"v. after u. is a letter", letters{letter: 21, roman: 4, counts: true}, "v. Retention", true, styleLower, "v", 22},
		{"near miss: v. after ii. is no number", letters{roman: 2, counts: true}, "v. Retention", false, styleNone, "", 0},
		{"near miss: (v) after ii. is a list enumeration", letters{roman: 2, counts: true}, "(v) Retention", true, styleEnum, "(v)", 1},
		{"near miss: i. without an ii is no number", letters{letter: 2}, "i. Payments", false, styleNone, "", 0},
		{"near miss: (i) without an ii is a list enumeration", letters{letter: 2}, "(i) Payments", true, styleEnum, "(i)", 1},
		{"near miss: iii. without an ii is no number", letters{}, "iii. Payments", false, styleNone, "", 0},
		{"near miss: (iii) without an ii is a list enumeration", letters{}, "(iii) Payments", true, styleEnum, "(iii)", 1},
		{"ii) counts in roman", letters{roman: 1, counts: true}, "ii) Payments", true, styleLowerRoman, "ii", 2},
		{"near miss: ii) after hh) is a doubled letter", letters{double: 8, counts: true}, "ii) AWIN", true, styleEnum, "ii", 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := parseNumber(tt.line)
			if !ok {
				t.Fatalf("%q does not parse", tt.line)
			}
			l := tt.state
			n, ok = l.read(n)
			if ok != tt.ok || ok && (n.style != tt.style || n.number != tt.number || n.value != tt.value) {
				t.Errorf("read(%q) = %v %q %d, %v; want %v %q %d, %v", tt.line, n.style, n.number, n.value, ok, tt.style, tt.number, tt.value, tt.ok)
			}
		})
	}
}

func TestFollowsNumber(t *testing.T) {
	t.Parallel()
	num := func(s string) numbered {
		n, ok := parseNumber(s + " Title")
		if !ok {
			t.Fatalf("%q does not parse", s)
		}
		return n
	}
	tests := []struct {
		prev, cur string
		want      bool
	}{
		{"2.1", "2.2", true}, {"2", "2.1", true}, {"2.3", "3", true}, {"3.b.", "3.b.i.", true},
		{"3.b.i.", "3.b.ii.", true}, {"II.", "III.", true}, {"ii.", "iii.", true}, {"(iii)", "(iv)", true},
		{"2", "2.2", false}, {"2.3", "1", false}, {"3", "5", false}, {"II.", "IV.", false}, {"ii.", "iv.", false},
		{"ii.", "iii)", true}, {"ii.", "III.", false},
	}
	for _, tt := range tests {
		if got := followsNumber(num(tt.prev), num(tt.cur)); got != tt.want {
			t.Errorf("followsNumber(%s, %s) = %v, want %v", tt.prev, tt.cur, got, tt.want)
		}
	}
}

func TestReadFrontMatter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      frontMatter
	}{
		{"title and dates", "---\ntitle: \"Politique de confidentialité\"\ndate: 2023-08-01\nlastmod: 2025-07-30\ntags:\n  - privacy\n---\n# Politique\n",
			frontMatter{Title: "Politique de confidentialité", Date: "2023-08-01", LastMod: "2025-07-30", end: 7}},
		{"near miss: a rule at the top then text is no front matter", "---\nWe collect data. Contact us.\n---\n", frontMatter{}},
		{"near miss: a nested title is not the document's", "---\nseo:\n  title: Buy now\n---\nText\n", frontMatter{end: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readFrontMatter(splitLines([]byte(tt.src))); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestCommonMarkBlocks checks the block structure a markdown document gets from the CommonMark
// parser, each construct with a near miss, and that a ".txt" document is read by the line
// scanner alone.
func TestCommonMarkBlocks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, source, src, want string
	}{
		{"a setext heading over two lines", "p.md",
			"# Privacy Policy\n\nData we collect\nand why\n---------------\n\nText.\n\n## Sharing\n\nText.\n",
			"Data we collect and why\nSharing\n"},
		{"near miss: a rule after a list item is no underline", "p.md",
			"# Privacy Policy\n\n## Data\n\n- Names and emails\n---\n\nText.\n",
			"Data\n"},
		{"a heading inside a block quote", "p.md",
			"# Privacy Policy\n\n> ## Cookies\n>\n> We use them.\n\n## Rights\n\nText.\n",
			"Cookies\nRights\n"},
		{"near miss: '#' lines inside a fenced block are code", "p.md",
			"# Privacy Policy\n\n## Data\n\n~~~ sh\n# not a heading\n~~~\n\n## Rights\n\nText.\n",
			"Data\nRights\n"},
		{"near miss: a heading inside an HTML comment is hidden", "p.md",
			"# Privacy Policy\n\n<!--\n## Draft section\n-->\n\n## Rights\n\nText.\n\n## Contact\n\nText.\n",
			"Rights\nContact\n"},
		{"near miss: a hashtag is text", "p.md",
			"# Privacy Policy\n\n#privacy matters to us.\n\n## Rights\n\nText.\n\n## Contact\n\nText.\n",
			"Rights\nContact\n"},
		{"near miss: a '#' line indented as code is text, not a heading", "p.md",
			"# Privacy Policy\n\n## Data\n\nText.\n\n    # comment in code\n\n## Rights\n\nText.\n",
			"Data\nRights\n"},
		{"plain text: the scanner reads '#' headings and underlines itself", "p.txt",
			"# Privacy Policy\n\nData\n----\n\nText.\n\n## Rights\n\nText.\n",
			"Data\nRights\n"},
		{"plain text: a Chinese setext title over '='", "p.txt",
			"“小猿”隐私政策\n==========\n\n一、我们收集的信息\n\n正文。\n\n二、我们如何使用信息\n\n正文。\n",
			"一 我们收集的信息\n二 我们如何使用信息\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.source, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := outline(p); got != tt.want {
				t.Errorf("sections:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestTooDeepForCommonMark(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      bool
	}{
		{"quotes nested past the limit", strings.Repeat("> ", maxQuoteDepth+1) + "text\n", true},
		{"near miss: quotes nested to the limit", strings.Repeat(">", maxQuoteDepth) + " text\n", false},
		{"a list indented past the limit", "- a\n" + strings.Repeat(" ", maxIndent+1) + "- b\n", true},
		{"near miss: '>' inside the text", "a > b >>>>>>>>>>>>>>>>>>>> c\n", false},
	}
	for _, tt := range tests {
		if got := tooDeep(splitLines([]byte(tt.src))); got != tt.want {
			t.Errorf("%s: tooDeep = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFieldLineTitle(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"a field glued to its value above the title", "Apkid:com.example.app\n\n“小猿”隐私政策\n\n一、我们收集的信息\n\n正文。\n", "“小猿”隐私政策"},
		{"near miss: a title with a colon and a space", "Privacy Policy: Europe\n\nWe care.\n\nData Retention\n\nA year.\n", "Privacy Policy: Europe"},
	}
	for _, tt := range tests {
		p := mustParse(t, tt.src)
		if p.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, p.Title, tt.want)
		}
	}
}

// TestAtxOnly covers the documents the line scanner reads alone, and near misses that need the
// CommonMark parse.
func TestAtxOnly(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"ATX headings and a list", "# Policy\n\n## Data\n\n- names\n- e-mails (see #3)\n", true},
		{"near miss: a heading inside a list item", "# Policy\n\n- ## Data\n", false},
		{"near miss: a heading in a quote", "# Policy\n\n> ## Data\n", false},
		{"near miss: a '#' line indented as code", "# Policy\n\n    # code\n", false},
		{"near miss: a setext underline", "# Policy\n\nData\n----\n", false},
		{"near miss: a code fence", "# Policy\n\n```\n# not a heading\n```\n", false},
		{"near miss: an empty heading", "# Policy\n\n####\n\nText.\n", false},
	}
	for _, tt := range tests {
		data := []byte(tt.src)
		if got := atxOnly(data, splitLines(data)); got != tt.want {
			t.Errorf("%s: atxOnly = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestWrappedStyledSentence: a sentence marked up as a heading whose line wraps onto the next
// source line is no section, and reads as the one paragraph it is.
func TestWrappedStyledSentence(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, src, want string }{
		{"English", "# Policy\n\n## Data\n\nText.\n\n##### You may opt out of marketing e-mails at any time, as further\ndescribed below.\n\n## Rights\n\nText.\n",
			"You may opt out of marketing e-mails at any time, as further described below."},
		{"German", "# Datenschutz\n\n## Daten\n\nText.\n\n##### Wir geben Ihre Daten nicht an Dritte weiter, außer wie\nunten beschrieben.\n\n## Rechte\n\nText.\n",
			"Wir geben Ihre Daten nicht an Dritte weiter, außer wie unten beschrieben."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.src)
			if got := len(p.Sections); got != 2 {
				t.Errorf("%d sections, want 2:\n%s", got, outline(p))
			}
			var texts []string
			for _, c := range p.Clauses {
				texts = append(texts, c.Text)
			}
			if !slicesContains(texts, tt.want) {
				t.Errorf("no clause %q in %q", tt.want, texts)
			}
		})
	}
	// Near miss: a heading followed, after a blank line, by a paragraph in lower case keeps both.
	p := mustParse(t, "# Policy\n\n## Data we collect\n\nand why we collect it.\n")
	if outline(p) != "Data we collect\n" {
		t.Errorf("sections:\n%s", outline(p))
	}
}

func slicesContains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestAnnexLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want bool
	}{
		{"Annexe – Durée de conservation", true},
		{"Appendix 2: Cookies", true},
		{"Anhang: Eingesetzte Dienste", true},
		{"ANNEX IV. Retention Periods", true},
		{"Annex", true},
		{"附录：第三方SDK列表", true},
		{"Annexe 2 décrit les cookies que nous déposons.", false}, // a sentence
		{"Appendix: we list the cookies below.", false},           // a sentence after the colon
		{"Annexed documents", false},                              // another word
		{"Anlagenbetreiber", false},
		{"附件中列出了我们使用的第三方服务。", false},
		{"Annexe – Les durées de conservation sont indiquées dans le tableau suivant, pour chaque finalité de traitement", false}, // too long
	}
	for _, tt := range tests {
		if got := annexLine(tt.text); got != tt.want {
			t.Errorf("annexLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
