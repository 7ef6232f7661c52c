// Reference data: the geography shared by all documents. Provenance: source:reference.
// Cities and countries are MERGEd here only. Document scripts add their own MENTIONS.

// Reference source
MERGE (s:Source {id: 'source:reference'})
SET s.kind = 'REFERENCE', s.title = 'Справочные данные: страны (ISO 3166-1) и города',
    s.titleEn = 'Reference data: countries (ISO 3166-1) and cities', s.language = 'ru';

// Countries (ISO 3166-1 alpha-2, Wikidata)
UNWIND [
  {id: 'country:belarus', name: 'Беларусь', nameEn: 'Belarus', aliases: [], aliasesEn: ['Republic of Belarus'], iso2: 'BY', wikidata: 'Q184', evidence: 'ISO 3166-1 BY: Беларусь'},
  {id: 'country:russia', name: 'Россия', nameEn: 'Russia', aliases: ['Российская Федерация', 'РФ'], aliasesEn: ['Russian Federation'], iso2: 'RU', wikidata: 'Q159', evidence: 'ISO 3166-1 RU: Россия'},
  {id: 'country:kazakhstan', name: 'Казахстан', nameEn: 'Kazakhstan', aliases: [], aliasesEn: ['Republic of Kazakhstan'], iso2: 'KZ', wikidata: 'Q232', evidence: 'ISO 3166-1 KZ: Казахстан'},
  {id: 'country:georgia', name: 'Грузия', nameEn: 'Georgia', aliases: [], aliasesEn: [], iso2: 'GE', wikidata: 'Q230', evidence: 'ISO 3166-1 GE: Грузия'},
  {id: 'country:china', name: 'Китай', nameEn: 'China', aliases: [], aliasesEn: ['People\'s Republic of China'], iso2: 'CN', wikidata: 'Q148', evidence: 'ISO 3166-1 CN: Китай'},
  {id: 'country:oman', name: 'Оман', nameEn: 'Oman', aliases: [], aliasesEn: ['Sultanate of Oman'], iso2: 'OM', wikidata: 'Q842', evidence: 'ISO 3166-1 OM: Оман'}
] AS row
MERGE (n:Entity:Country {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.aliasesEn = row.aliasesEn,
    n.iso2 = row.iso2, n.wikidata = row.wikidata
WITH n, row
MATCH (s:Source {id: 'source:reference'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// Cities (wikidata only for Minsk, Moscow, Saint Petersburg)
UNWIND [
  {id: 'city:minsk', name: 'Минск', nameEn: 'Minsk', aliases: [], aliasesEn: [], wikidata: 'Q2280', evidence: 'Минск — город в Беларуси'},
  {id: 'city:saint-petersburg', name: 'Санкт-Петербург', nameEn: 'Saint Petersburg', aliases: ['Санкт Петербург'], aliasesEn: ['St Petersburg', 'St. Petersburg'], wikidata: 'Q656', evidence: 'Санкт-Петербург — город в России'},
  {id: 'city:moscow', name: 'Москва', nameEn: 'Moscow', aliases: [], aliasesEn: [], wikidata: 'Q649', evidence: 'Москва — город в России'},
  {id: 'city:dimitrovgrad', name: 'Димитровград', nameEn: 'Dimitrovgrad', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Димитровград — город в России'},
  {id: 'city:kaliningrad', name: 'Калининград', nameEn: 'Kaliningrad', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Калининград — город в России'},
  {id: 'city:tula', name: 'Тула', nameEn: 'Tula', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Тула — город в России'},
  {id: 'city:samara', name: 'Самара', nameEn: 'Samara', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Самара — город в России'},
  {id: 'city:khabarovsk', name: 'Хабаровск', nameEn: 'Khabarovsk', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Хабаровск — город в России'},
  {id: 'city:grozny', name: 'Грозный', nameEn: 'Grozny', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Грозный — город в России'},
  {id: 'city:lipetsk', name: 'Липецк', nameEn: 'Lipetsk', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Липецк — город в России'},
  {id: 'city:voronezh', name: 'Воронеж', nameEn: 'Voronezh', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Воронеж — город в России'},
  {id: 'city:belgorod', name: 'Белгород', nameEn: 'Belgorod', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Белгород — город в России'},
  {id: 'city:kaluga', name: 'Калуга', nameEn: 'Kaluga', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Калуга — город в России'},
  {id: 'city:obninsk', name: 'Обнинск', nameEn: 'Obninsk', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Обнинск — город в России'},
  {id: 'city:sevastopol', name: 'Севастополь', nameEn: 'Sevastopol', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Севастополь — город, статус спорный (связь со страной не указывается)'},
  {id: 'city:almaty', name: 'Алматы', nameEn: 'Almaty', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Алматы — город в Казахстане'},
  {id: 'city:astana', name: 'Астана', nameEn: 'Astana', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Астана — город в Казахстане'},
  {id: 'city:tbilisi', name: 'Тбилиси', nameEn: 'Tbilisi', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Тбилиси — город в Грузии'},
  {id: 'city:shanghai', name: 'Шанхай', nameEn: 'Shanghai', aliases: [], aliasesEn: [], wikidata: null, evidence: 'Шанхай — город в Китае'}
] AS row
MERGE (n:Entity:City {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.aliasesEn = row.aliasesEn,
    n.wikidata = row.wikidata
WITH n, row
MATCH (s:Source {id: 'source:reference'})
MERGE (s)-[m:MENTIONS]->(n)
SET m.evidence = row.evidence;

// City LOCATED_IN Country (Sevastopol: none, status disputed)
UNWIND [
  {from: 'city:minsk', to: 'country:belarus', evidence: 'Минск — город в Беларуси'},
  {from: 'city:saint-petersburg', to: 'country:russia', evidence: 'Санкт-Петербург — город в России'},
  {from: 'city:moscow', to: 'country:russia', evidence: 'Москва — город в России'},
  {from: 'city:dimitrovgrad', to: 'country:russia', evidence: 'Димитровград — город в России'},
  {from: 'city:kaliningrad', to: 'country:russia', evidence: 'Калининград — город в России'},
  {from: 'city:tula', to: 'country:russia', evidence: 'Тула — город в России'},
  {from: 'city:samara', to: 'country:russia', evidence: 'Самара — город в России'},
  {from: 'city:khabarovsk', to: 'country:russia', evidence: 'Хабаровск — город в России'},
  {from: 'city:grozny', to: 'country:russia', evidence: 'Грозный — город в России'},
  {from: 'city:lipetsk', to: 'country:russia', evidence: 'Липецк — город в России'},
  {from: 'city:voronezh', to: 'country:russia', evidence: 'Воронеж — город в России'},
  {from: 'city:belgorod', to: 'country:russia', evidence: 'Белгород — город в России'},
  {from: 'city:kaluga', to: 'country:russia', evidence: 'Калуга — город в России'},
  {from: 'city:obninsk', to: 'country:russia', evidence: 'Обнинск — город в России'},
  {from: 'city:almaty', to: 'country:kazakhstan', evidence: 'Алматы — город в Казахстане'},
  {from: 'city:astana', to: 'country:kazakhstan', evidence: 'Астана — город в Казахстане'},
  {from: 'city:tbilisi', to: 'country:georgia', evidence: 'Тбилиси — город в Грузии'},
  {from: 'city:shanghai', to: 'country:china', evidence: 'Шанхай — город в Китае'}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
WITH r, row, 'source:reference' IN coalesce(r.sources, []) AS seen
SET r.sources = CASE WHEN seen THEN r.sources ELSE coalesce(r.sources, []) + 'source:reference' END,
    r.evidence = CASE WHEN seen THEN r.evidence ELSE coalesce(r.evidence, []) + row.evidence END;
