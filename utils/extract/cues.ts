/**
 * The words that tell an event from a mere date, in UNESCO's six languages (docs/extraction.md, "Evidence"):
 * what an event is called, the verbs that announce one (future, present) or report one (past), the words
 * that make a dated sentence something else (a death, a founding, a deadline, a publication). The words for
 * attendance (online, in person, hybrid) are in attendance-cues.ts. Data only: `cue-matching.ts` turns each list
 * into a `Cue`.
 */
import { list, phrases, substrings } from './cue-matching';

/** What an event is called: "meeting", "atelier", "taller", "семинар". */
export const EVENT_NOUN_WORDS: readonly string[] = list(`
  meeting|meetings|conference|conferences|workshop|workshops|seminar|seminars|webinar|webinars|session|
  sessions|forum|symposium|colloquium|ceremony|celebration|celebrations|exhibition|exhibit|festival|debate|
  debates|round table|roundtable|round-table|panel|lecture|training|consultation|summit|dialogue|
  concert|screening|presentation|hackathon|competition|event|events|side event|side events|assembly|congress|
  retreat|performance|tribute|commemoration|reception|briefing|council|committee|
  information session|info session|open day|book launch|launch of|launch event|launch ceremony|official launch|field visit|official visit|training course|book fair|working group|study visit|réunion|réunions|
  conférence|conférences|atelier|ateliers|séminaire|séminaires|colloque|cérémonie|célébration|exposition|débat|
  table ronde|formation|lancement|sommet|événement|événements|évènement|manifestation|manifestations|
  projection|présentation|rencontre|rencontres|journée|journées|spectacle|salon|conseil|comité|assemblée|
  congrès|reunión|reuniones|conferencia|taller|talleres|seminario|sesión|foro|simposio|ceremonia|celebración|
  exposición|mesa redonda|curso|formación|consulta|lanzamiento|cumbre|evento|eventos|presentación|encuentro|
  jornada|jornadas|feria|asamblea|congreso|встреча|встречи|конференция|конференции|семинар|семинары|совещание|
  сессия|сессии|форум|заседание|заседании|церемония|выставка|фестиваль|презентация|мероприятие|мероприятия|
  круглый стол|тренинг|конгресс|ассамблея|вебинар
`);
export const EVENT_NOUN = phrases(EVENT_NOUN_WORDS);

/** Arabic and Chinese event nouns. */
export const EVENT_NOUN_UNSPACED = substrings(
  list(`
  اجتماع|مؤتمر|ورشة|ندوة|الدورة|دورة|منتدى|احتفال|معرض|مهرجان|حفل|جلسة|فعالية|تدريب|会议|研讨会|讲习班|论坛|大会|开幕式|闭幕式|
  仪式|展览|活动|庆祝|培训|峰会|讲座|会谈
`),
);

/** A sentence that announces the event: future or present ("will take place", "aura lieu", "tendrá lugar"). */
export const ANNOUNCING = phrases(
  list(`
  will take place|will be held|will hold|will be organized|will be organised|will organize|will organise|
  will host|will be hosted|will meet|will convene|will gather|will bring together|will open|will launch|
  will be launched|will celebrate|will showcase|will be streamed|will be broadcast|will take stock|
  will feature|will welcome|will examine|will discuss|will address|will review|will join|will start|will begin|
  will run|will mark|will be marked|will be celebrated|will be opened|is organizing|is organising|
  are organizing|are organising|is being organized|is being organised|is hosting|are hosting|co-hosting|
  co-organizing|co-organising|is co-organizing|takes place|take place|is held|are held|to be held|is convening|
  convenes|invites|invite you|are invited|is invited|cordially invited|join us|join the|please join|
  you are welcome|to participate in|to organize|to organise|to host|to hold|to convene|to celebrate|to launch|
  invited to participate|invited to attend|are invited to|organizes|organises|hosts|is pleased to invite|
  is scheduled|are scheduled|is planned|is expected to|plans to organize|aura lieu|auront lieu|se tiendra|
  se tiendront|se déroulera|se dérouleront|organise|organisent|organisera|organiseront|accueille|accueillera|
  accueilleront|invite|invitent|réunira|réuniront|lancera|sera lancé|sera lancée|prévoit d'organiser|
  prévoit d’organiser|est organisé|est organisée|sont invités|êtes invités|êtes cordialement invités|
  aura pour thème|célébrera|ouvrira|se réunira|tendrá lugar|tendrán lugar|se celebrará|se celebrarán|
  se llevará a cabo|se llevarán a cabo|organiza|organizará|se realizará|acoge|acogerá|invita|reunirá|
  se inaugurará|lanzará|será presentado|será presentada|se presentará|presentará|состоится|состоятся|пройдет|
  пройдёт|пройдут|будет проходить|будет проведен|будет проведена|проводит|организует|проведет|проведёт|
  приглашает|откроется
`),
);

/** Announcing in Arabic and Chinese. */
export const ANNOUNCING_UNSPACED = substrings(
  list(`
  سيعقد|ستعقد|يعقد|تعقد|ينظم|تنظم|سينظم|ستنظم|يشهد|تشهد|يقام|سيقام|تستضيف|ستستضيف|يستضيف|将于|将在|将举行|举行|召开|举办|开幕
`),
);

/** A sentence that reports the event, in the past ("took place", "s'est tenu", "se celebró", "состоялся"). */
export const REPORTING = phrases(
  list(`
  took place|was held|were held|held|organized|organised|co-organized|co-organised|hosted|co-hosted|convened|
  gathered|brought together|was launched|were launched|launched|celebrated|was attended|participated in|
  took part in|was presented|were presented|presented|opened|closed|was opened|was closed|was organized|
  was organised|were organized|were organised|welcomed|marked|commemorated|staged|was successfully held|
  was inaugurated|inaugurated|conducted|ran|shared|a eu lieu|ont eu lieu|s'est tenu|s’est tenu|s'est tenue|
  s’est tenue|se sont tenus|s'est déroulé|s’est déroulé|s'est déroulée|s’est déroulée|a organisé|ont organisé|
  a réuni|ont réuni|a accueilli|ont accueilli|a été lancé|a été lancée|s'est réuni|s’est réuni|a célébré|
  a été présenté|a été inauguré|tuvo lugar|tuvieron lugar|se celebró|se celebraron|se llevó a cabo|
  se llevaron a cabo|organizó|organizaron|presentó|presentaron|reunió|se realizó|se inauguró|celebró|acogió|
  состоялся|состоялась|состоялось|состоялись|прошел|прошёл|прошла|прошло|прошли|был представлен|
  была представлена|было представлено|провел|провёл|провела|провели|организовал|организовала|открылся|
  открылась
`),
);

/** Reporting in Arabic and Chinese. */
export const REPORTING_UNSPACED = substrings(
  list(`
  عُقد|عقدت|عقد|نظم|نظمت|انعقد|انعقدت|اختتم|اختتمت|افتتح|افتتحت|استضاف|استضافت|أقيم|أقيمت|举行了|召开了|举办了|开幕了|闭幕|
  开幕式
`),
);

/** A dated sentence that is not about an event people attend: deaths, memberships, foundings, adoptions,
 * deadlines, publications, appointments, courtesy audiences (docs/extraction.md, "Not an event"). */
export const NOT_AN_EVENT = phrases(
  list(`
  passed away|has passed away|died|death of|deceased|obituary|in memoriam|our condolences|condolences|mourns|
  mourning|laid to rest|joined unesco|joined the organization|became a member|became member|member state since|
  was founded|were founded|founded in|was established|were established|established in|was created|created in|
  since its creation|was adopted|were adopted|was signed|were signed|was ratified|was proclaimed|
  were proclaimed|entered into force|came into force|was inscribed|were inscribed|was born|born on|deadline|
  closing date|application deadline|applications must|apply by|apply before|submit by|submissions by|
  submission by|to be submitted by|no later than|call for applications|call for proposals|was published|
  were published|published on|posted on|last updated|was appointed|has been appointed|was nominated|
  was elected|has been elected|took office|met with|received in audience|courtesy call|courtesy visit|
  in audience|paid a visit|décédé|décédée|est décédé|est décédée|nous a quittés|nous a quittées|disparition de|
  décès|condoléances|a adhéré|est devenu membre|a été fondé|a été fondée|fondé en|fondée en|a été créé|
  a été créée|créé en|créée en|a été adopté|a été adoptée|a été signé|a été ratifié|date limite|
  au plus tard le|a été publié|a été nommé|a été nommée|a été élu|a été élue|s'est entretenu|s’est entretenu|
  a reçu|falleció|murió|fallecimiento|condolencias|fue fundado|fue fundada|fundado en|fundada en|fue creado|
  fue creada|fue adoptado|fue adoptada|fue firmado|fecha límite|plazo|fue publicado|fue nombrado|fue nombrada|
  fue elegido|fue elegida|скончался|скончалась|умер|умерла|кончина|соболезнования|был основан|была основана|
  основан в|был создан|была создана|был принят|была принята|подписан|срок подачи|крайний срок|назначен|
  назначена
`),
);

/** The same in Arabic and Chinese. */
export const NOT_AN_EVENT_UNSPACED = substrings(
  list(`
  توفي|وفاة|تأسس|تأسست|انضم|انضمت|اعتمد|اعتمدت|去世|逝世|成立于|加入|截止
`),
);

/** A page about a death or a loss: no date on it is an event's unless a ceremony is announced. */
export const OBITUARY_HEADING = phrases(
  list(`
  tribute to|in memoriam|obituary|passed away|mourns|in memory of|condolences|hommage à|nous a quittés|
  décès de|homenaje a|falleció|fallecimiento|памяти|скончался
`),
);

/** "today", "this morning": the event happened on the page's own date. */
export const TODAY = phrases(
  list(`
  today|this morning|this afternoon|this evening|tonight|aujourd'hui|aujourd’hui|ce matin|cet après-midi|
  ce soir|hoy|esta mañana|esta tarde|сегодня
`),
);

/** "today" in Arabic and Chinese. */
export const TODAY_UNSPACED = substrings(
  list(`
  اليوم|今天|今日
`),
);

/** "will close on", "until": a date that ends the event the sentence is about. */
export const ENDS_ON = phrases(
  list(`
  will end on|will end|will close on|will close|will conclude on|will conclude|closes on|ends on|until|
  runs until|will run until|se terminera|se clôturera|s'achèvera|s’achèvera|jusqu'au|jusqu’au|concluirá|
  terminará|finalizará|hasta el|завершится|продлится до
`),
);

/** The same in Arabic and Chinese. */
export const ENDS_ON_UNSPACED = substrings(
  list(`
  结束|闭幕|至|حتى|يختتم|تختتم
`),
);

/** Lines that date the page itself, not the event ("Published on", "Last updated"). */
export const PAGE_DATE_LINE = phrases(
  list(`
  published|posted|last update|last updated|last modified|updated|date of publication|publication date|publié|
  publié le|mis à jour|dernière mise à jour|date de publication|publicado|actualizado|última actualización|
  fecha de publicación|опубликовано|обновлено|дата публикации
`),
);

/** The same in Arabic and Chinese. */
export const PAGE_DATE_LINE_UNSPACED = substrings(
  list(`
  نشر في|تاريخ النشر|发布时间|发布日期|更新时间
`),
);
