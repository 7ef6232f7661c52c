/*
 * <oncograph-view>: an embeddable viewer of the OncoGraph knowledge graph, built on Cytoscape.js (MIT).
 *
 *   <script src="https://oncograph.example.org/view/oncograph-view.js"></script>
 *   <oncograph-view focus="person:kondratovich-viktor" depth="2" lang="en"></oncograph-view>
 *
 * Attributes: focus (an entity id), depth (1-3, default 2), limit (1-500, default 200), lang (en|ru, default en),
 * api (the GraphQL endpoint, default: /graphql of the server this script comes from).
 * Cytoscape.js and its fcose layout are loaded from the same server (WebJars), never from a CDN.
 * The element talks to the API with fetch() only: the browser never sees database credentials.
 */
(() => {
  'use strict';

  if (customElements.get('oncograph-view')) {
    return;
  }

  const SCRIPT_URL = (document.currentScript && document.currentScript.src) || new URL('/view/oncograph-view.js', location.href).href;
  const APP_URL = new URL('..', SCRIPT_URL);
  const LIBRARIES = [
    'webjars/cytoscape/dist/cytoscape.min.js',
    'webjars/layout-base/layout-base.js',
    'webjars/cose-base/cose-base.js',
    'webjars/cytoscape-fcose/cytoscape-fcose.js',
  ];

  /** Node kinds: colour, Cytoscape shape, legend swatch (SVG path in a 16x16 box) and names. */
  const TYPES = {
    PERSON: { color: '#4e79a7', shape: 'ellipse', swatch: 'circle', en: 'Person', ru: 'Персона' },
    INSTITUTION: { color: '#f28e2b', shape: 'round-rectangle', swatch: 'M2 3h12v10H2z', en: 'Institution', ru: 'Учреждение' },
    ASSOCIATION: { color: '#e15759', shape: 'hexagon', swatch: 'M4 2h8l3 6-3 6H4L1 8z', en: 'Association', ru: 'Ассоциация' },
    PROGRAM: { color: '#76b7b2', shape: 'barrel', swatch: 'M3 2h10q2 6 0 12H3q-2-6 0-12z', en: 'Program', ru: 'Программа' },
    EVENT: { color: '#59a14f', shape: 'diamond', swatch: 'M8 1l7 7-7 7-7-7z', en: 'Event', ru: 'Событие' },
    TOPIC: { color: '#edc948', shape: 'tag', swatch: 'M1 3h10l4 5-4 5H1z', en: 'Topic', ru: 'Тема' },
    CITY: { color: '#b07aa1', shape: 'pentagon', swatch: 'M8 1l7 5-3 9H4L1 6z', en: 'City', ru: 'Город' },
    COUNTRY: { color: '#9c755f', shape: 'octagon', swatch: 'M5 1h6l4 4v6l-4 4H5l-4-4V5z', en: 'Country', ru: 'Страна' },
  };
  const OTHER = { color: '#999999', shape: 'ellipse', swatch: 'circle', en: 'Other', ru: 'Другое' };

  const TEXT = {
    en: {
      search: 'Search an entity…', fit: 'Fit', close: 'Close', expand: 'Expand neighbours', pathFrom: 'Path from here…',
      clear: 'Clear path', sources: 'Sources', properties: 'Properties', noFocus: 'Search for an entity to start.',
      loading: 'Loading…', nodes: 'nodes', edges: 'edges', truncated: 'not all shown: double-click an entity to expand it',
      added: (n) => `${n} new node${n === 1 ? '' : 's'}`, pickSecond: 'Now click (or shift-click) a second node.',
      noPath: 'No collaboration path within 6 steps.', path: (n) => `Shortest collaboration path: ${n} step${n === 1 ? '' : 's'}.`,
      hint: 'Click: details · double-click: expand · shift-click two nodes: shortest path', noHits: 'Nothing found.',
      error: 'The graph service did not answer: ', legend: 'Legend',
      notFound: 'Not in the graph (an unknown id, or a retracted entity): ', refused: 'The graph service refused the request: ',
    },
    ru: {
      search: 'Поиск…', fit: 'Весь граф', close: 'Закрыть', expand: 'Показать соседей', pathFrom: 'Путь отсюда…',
      clear: 'Снять путь', sources: 'Источники', properties: 'Свойства', noFocus: 'Найдите сущность, чтобы начать.',
      loading: 'Загрузка…', nodes: 'узлов', edges: 'связей', truncated: 'показаны не все: дважды щёлкните узел, чтобы раскрыть',
      added: (n) => `новых узлов: ${n}`, pickSecond: 'Выберите (щелчок или shift-щелчок) второй узел.',
      noPath: 'Нет пути сотрудничества не длиннее 6 шагов.', path: (n) => `Кратчайший путь сотрудничества: шагов — ${n}.`,
      hint: 'Щелчок: подробности · двойной щелчок: соседи · shift-щелчок по двум узлам: кратчайший путь', noHits: 'Ничего не найдено.',
      error: 'Сервис графа не ответил: ', legend: 'Легенда',
      notFound: 'Нет в графе (неизвестный id или отозванная сущность): ', refused: 'Сервис графа отклонил запрос: ',
    },
  };

  const VIEW_FIELDS = 'nodes { id label type properties } edges { id source target type label properties } truncated';
  const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int, $lang: Lang) {
    neighborhood(id: $id, depth: $depth, limit: $limit, lang: $lang) { ${VIEW_FIELDS} } }`;
  const PATH = `query PathGraph($from: ID!, $to: ID!, $lang: Lang) {
    pathGraph(from: $from, to: $to, k: 1, lang: $lang) { ${VIEW_FIELDS} } }`;
  const SEARCH = `query Search($text: String!) {
    search(text: $text, first: 8) { score matchedName node { id type name nameEn } } }`;

  const CSS = `
    :host { display: block; position: relative; height: 560px; min-height: 320px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; background: #fff; border: 1px solid #d9dee5; border-radius: 6px; overflow: hidden; }
    :host([hidden]) { display: none; }
    * { box-sizing: border-box; }
    .root { position: absolute; inset: 0; display: flex; flex-direction: column; }
    .bar { display: flex; flex-wrap: nowrap; gap: 8px; align-items: center; height: 42px; flex: none; padding: 0 8px; border-bottom: 1px solid #e4e8ee; background: #f7f9fb; position: relative; z-index: 3; }
    .search-box { position: relative; flex: 0 1 320px; }
    input[type=search] { width: 100%; padding: 5px 8px; border: 1px solid #c5ccd6; border-radius: 4px; font: inherit; }
    .hits { position: absolute; top: 100%; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #c5ccd6; border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.12); max-height: 300px; overflow: auto; }
    .hits[hidden] { display: none; }
    .hits li { padding: 5px 8px; cursor: pointer; display: flex; gap: 6px; align-items: center; }
    .hits li:hover, .hits li.active { background: #eef3fb; }
    .hits li small { color: #66788a; margin-left: auto; }
    button { font: inherit; padding: 4px 10px; border: 1px solid #c5ccd6; border-radius: 4px; background: #fff; cursor: pointer; }
    button:hover { background: #eef3fb; }
    .status { color: #52606d; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: 1; }
    .status.error { color: #b42318; }
    .main { position: relative; flex: 1; min-height: 0; display: flex; }
    .graph { position: relative; flex: 1; min-width: 0; }
    .panel { width: 340px; max-width: 55%; border-left: 1px solid #e4e8ee; background: #fff; overflow: auto; padding: 10px 12px; position: relative; }
    .panel[hidden] { display: none; }
    .panel h2 { font-size: 15px; margin: 0 24px 4px 0; }
    .panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #66788a; margin: 14px 0 4px; }
    .panel .close { position: absolute; top: 6px; right: 6px; border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; }
    .panel .id { font: 11px ui-monospace, monospace; color: #66788a; word-break: break-all; }
    .panel table { border-collapse: collapse; width: 100%; }
    .panel td { vertical-align: top; padding: 2px 4px 2px 0; border-bottom: 1px solid #f0f2f5; }
    .panel td:first-child { color: #66788a; white-space: nowrap; }
    .panel .actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
    .source { margin: 6px 0 10px; }
    .source .title { font-weight: 600; }
    .source blockquote { margin: 3px 0 0; padding: 4px 8px; border-left: 3px solid #c5ccd6; background: #f7f9fb; font-style: italic; }
    .chip { display: inline-flex; align-items: center; gap: 4px; font-size: 11px; color: #3e4c59; }
    .legend { position: absolute; left: 8px; bottom: 8px; background: rgba(255,255,255,.92); border: 1px solid #e4e8ee; border-radius: 4px; padding: 4px 8px; display: grid; grid-template-columns: repeat(2, auto); gap: 2px 12px; font-size: 11px; z-index: 2; pointer-events: none; }
    .hint { font-size: 11px; color: #7b8794; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex: 0 1 auto; min-width: 0; }
    svg.swatch { width: 12px; height: 12px; flex: none; }
  `;

  let librariesLoaded;

  /** Loads Cytoscape.js and fcose once per page, as classic scripts from the app (no CORS needed). */
  function loadLibraries() {
    if (!librariesLoaded) {
      librariesLoaded = (async () => {
        if (!window.cytoscape) {
          for (const path of LIBRARIES) {
            await new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = new URL(path, APP_URL).href;
              script.async = false;
              script.onload = resolve;
              script.onerror = () => reject(new Error(`cannot load ${script.src}`));
              document.head.appendChild(script);
            });
          }
        }
        if (window.cytoscapeFcose && !window.cytoscape.__oncographFcose) {
          window.cytoscape.use(window.cytoscapeFcose);
          window.cytoscape.__oncographFcose = true;
        }
        return window.cytoscape;
      })();
    }
    return librariesLoaded;
  }

  function swatch(type) {
    const kind = TYPES[type] || OTHER;
    const shape = kind.swatch === 'circle'
      ? `<circle cx="8" cy="8" r="6.5" fill="${kind.color}"/>`
      : `<path d="${kind.swatch}" fill="${kind.color}"/>`;
    return `<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">${shape}</svg>`;
  }

  function escape(value) {
    return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  function format(value) {
    if (Array.isArray(value)) {
      return value.map(format).join('; ');
    }
    if (value !== null && typeof value === 'object') {
      return JSON.stringify(value);
    }
    return String(value);
  }

  /** GraphView node/edge → Cytoscape element: the API's fields are the element's data, unchanged. */
  function elements(view) {
    return [
      ...view.nodes.map((node) => ({ group: 'nodes', data: node })),
      ...view.edges.map((edge) => ({ group: 'edges', data: edge })),
    ];
  }

  function style() {
    const nodeSize = (node) => 22 + 6 * Math.sqrt(node.degree(false));
    return [
      {
        selector: 'node',
        style: {
          label: 'data(label)', width: nodeSize, height: nodeSize, 'font-size': 11, color: '#1f2933',
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 140,
          'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 7,
          'border-width': 1, 'border-color': '#ffffff', 'background-color': OTHER.color, shape: OTHER.shape,
        },
      },
      ...Object.entries(TYPES).map(([type, kind]) => ({
        selector: `node[type = "${type}"]`,
        style: { 'background-color': kind.color, shape: kind.shape },
      })),
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1769e0', 'overlay-opacity': 0 } },
      { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#d62728', 'border-style': 'dashed' } },
      {
        selector: 'edge',
        style: {
          width: 1.3, 'line-color': '#b5bfcc', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'target-arrow-color': '#b5bfcc', 'arrow-scale': 0.7, 'font-size': 9, color: '#52606d',
          'text-rotation': 'autorotate', 'text-outline-color': '#ffffff', 'text-outline-width': 2,
          'min-zoomed-font-size': 6,
        },
      },
      { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'line-color': '#7b8794', 'target-arrow-color': '#7b8794', width: 2 } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d62728', 'z-index': 10 } },
      {
        selector: 'edge.path',
        style: { label: 'data(label)', width: 4, 'line-color': '#d62728', 'target-arrow-color': '#d62728', 'z-index': 10, color: '#9b1c1c' },
      },
    ];
  }

  class OncoGraphView extends HTMLElement {

    static get observedAttributes() {
      return ['focus', 'depth', 'limit', 'lang', 'api'];
    }

    constructor() {
      super();
      this.cy = null;
      this.picked = null;
      this.pending = 0;
      const root = this.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = `
        <div class="root" part="root">
          <div class="bar" part="toolbar">
            <div class="search-box">
              <input type="search" class="search" autocomplete="off" spellcheck="false">
              <ul class="hits" role="listbox" hidden></ul>
            </div>
            <button class="fit" type="button"></button>
            <button class="clear" type="button" hidden></button>
            <span class="status" role="status" aria-live="polite"></span>
            <span class="hint"></span>
          </div>
          <div class="main">
            <div class="graph" part="graph"></div>
            <aside class="panel" part="panel" hidden>
              <button class="close" type="button">×</button>
              <div class="content"></div>
            </aside>
          </div>
          <div class="legend" part="legend"></div>
        </div>`;
      this.$ = (selector) => root.querySelector(selector);
      this.ready = new Promise((resolve) => { this.resolveReady = resolve; });
    }

    get lang() {
      return this.getAttribute('lang') === 'ru' ? 'ru' : 'en';
    }

    get text() {
      return TEXT[this.lang];
    }

    get api() {
      return this.getAttribute('api') || new URL('graphql', APP_URL).href;
    }

    get depth() {
      const depth = parseInt(this.getAttribute('depth') || '2', 10);
      return Math.min(3, Math.max(1, Number.isNaN(depth) ? 2 : depth));
    }

    get limit() {
      const limit = parseInt(this.getAttribute('limit') || '200', 10);
      return Math.min(500, Math.max(1, Number.isNaN(limit) ? 200 : limit));
    }

    connectedCallback() {
      if (this.started) {
        return;
      }
      this.started = true;
      this.renderChrome();
      this.bindChrome();
      this.busy(loadLibraries()
        .then((cytoscape) => this.init(cytoscape))
        .then(() => this.load()))
        .finally(() => this.resolveReady());
    }

    attributeChangedCallback(name, previous, value) {
      if (!this.cy || previous === value) {
        return;
      }
      if (name === 'lang') {
        this.renderChrome();
      }
      if (name !== 'api') {
        this.busy(this.load());
      }
    }

    renderChrome() {
      const t = this.text;
      this.$('.search').placeholder = t.search;
      this.$('.fit').textContent = t.fit;
      this.$('.clear').textContent = t.clear;
      this.$('.close').title = t.close;
      this.$('.hint').textContent = t.hint;
      this.$('.legend').setAttribute('aria-label', t.legend);
      this.$('.legend').innerHTML = Object.entries(TYPES)
        .map(([type, kind]) => `<span class="chip" data-type="${type}">${swatch(type)}${escape(kind[this.lang])}</span>`)
        .join('');
    }

    bindChrome() {
      this.$('.fit').addEventListener('click', () => this.cy && this.fit(this.cy.elements(), 30));
      this.$('.clear').addEventListener('click', () => this.clearPath());
      this.$('.close').addEventListener('click', () => { this.$('.panel').hidden = true; this.cy && this.cy.resize(); });
      const input = this.$('.search');
      let timer;
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(() => this.search(input.value.trim()), 250);
      });
      input.addEventListener('keydown', (event) => {
        const hits = [...this.$('.hits').children].filter((li) => li.dataset.id);
        const active = hits.findIndex((li) => li.classList.contains('active'));
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const next = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % Math.max(hits.length, 1);
          hits.forEach((li, i) => li.classList.toggle('active', i === next));
        }
        else if (event.key === 'Enter' && hits.length) {
          this.jump(hits[Math.max(active, 0)].dataset.id);
        }
        else if (event.key === 'Escape') {
          this.$('.hits').hidden = true;
        }
      });
      this.$('.hits').addEventListener('click', (event) => {
        const li = event.target.closest('li[data-id]');
        if (li) {
          this.jump(li.dataset.id);
        }
      });
    }

    init(cytoscape) {
      this.cy = cytoscape({
        container: this.$('.graph'),
        style: style(),
        minZoom: 0.1,
        maxZoom: 4,
        boxSelectionEnabled: false,
      });
      const cy = this.cy;
      // Cytoscape caches where its container is; tell it whenever the container's box changes (panel, page layout).
      this.resizeObserver = new ResizeObserver(() => cy.resize());
      this.resizeObserver.observe(this.$('.graph'));
      cy.on('tap', 'node', (event) => {
        const original = event.originalEvent || {};
        if (original.shiftKey || original.ctrlKey || original.metaKey || this.picking) {
          this.pick(event.target);
        }
        else {
          this.showNode(event.target);
        }
      });
      cy.on('tap', 'edge', (event) => this.showEdge(event.target));
      cy.on('dbltap', 'node', (event) => this.busy(this.expand(event.target.id())));
      cy.on('mouseover', 'node', (event) => event.target.connectedEdges().addClass('hover'));
      cy.on('mouseout', 'node', (event) => event.target.connectedEdges().removeClass('hover'));
      cy.on('tap', (event) => {
        if (event.target === cy) {
          this.$('.hits').hidden = true;
        }
      });
    }

    /** Draws the neighbourhood of the focus. */
    async load() {
      const focus = this.getAttribute('focus');
      this.cy.elements().remove();
      this.picked = null;
      this.$('.panel').hidden = true;
      this.$('.clear').hidden = true;
      if (!focus) {
        this.status(this.text.noFocus);
        return;
      }
      const view = await this.request(NEIGHBORHOOD,
        { id: focus, depth: this.depth, limit: this.limit, lang: this.lang }, 'neighborhood');
      const radius = 40 * Math.sqrt(view.nodes.length);
      this.cy.add(elements(view).map((element, i) => (element.group === 'nodes'
        ? { ...element, position: { x: radius * Math.cos(i * 2.4), y: radius * Math.sin(i * 2.4) * (i / view.nodes.length) } }
        : element)));
      this.cy.getElementById(focus).addClass('focus');
      await this.layout(true);
      this.status(`${view.nodes.length} ${this.text.nodes}, ${view.edges.length} ${this.text.edges}`
        + (view.truncated ? ` (${this.text.truncated})` : ''));
      this.dispatchEvent(new CustomEvent('oncograph-load', { detail: { focus, view } }));
    }

    /** Adds the neighbours of a node next to it. */
    async expand(id) {
      const view = await this.request(NEIGHBORHOOD, { id, depth: 1, limit: this.limit, lang: this.lang }, 'neighborhood');
      const added = this.merge(view, id);
      this.cy.getElementById(id).data('expanded', true);
      if (added.nodes().length) {
        await this.layout(false);
      }
      this.status(this.text.added(added.nodes().length));
      this.dispatchEvent(new CustomEvent('oncograph-expand', { detail: { id, added: added.nodes().map((n) => n.id()) } }));
      return added;
    }

    /** Highlights the shortest collaboration path between two nodes, adding the entities it passes through. */
    async showPath(from, to) {
      const view = await this.request(PATH, { from, to, lang: this.lang }, 'pathGraph');
      const added = this.merge(view, from);
      if (added.nodes().length) {
        await this.layout(false);
      }
      this.cy.elements().removeClass('path picked');
      this.picked = null;
      if (!view.edges.length) {
        this.status(this.text.noPath);
        return view;
      }
      const ids = new Set([...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)]);
      const path = this.cy.elements().filter((element) => ids.has(element.id()));
      this.cy.elements().addClass('faded');
      path.removeClass('faded').addClass('path');
      this.$('.clear').hidden = false;
      this.status(this.text.path(view.edges.length));
      this.fit(path, 60);
      this.dispatchEvent(new CustomEvent('oncograph-path', { detail: { from, to, view } }));
      return view;
    }

    clearPath() {
      this.cy.elements().removeClass('path faded picked');
      this.picked = null;
      this.picking = false;
      this.$('.clear').hidden = true;
    }

    pick(node) {
      if (this.picked && this.picked.id() !== node.id()) {
        const from = this.picked.id();
        this.picking = false;
        this.busy(this.showPath(from, node.id()));
        return;
      }
      this.clearPath();
      this.picked = node;
      node.addClass('picked');
      this.$('.clear').hidden = false;
      this.status(this.text.pickSecond);
    }

    /** Adds what the view has and the graph lacks; new nodes start around the anchor. */
    merge(view, anchorId) {
      const anchor = this.cy.getElementById(anchorId);
      const center = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const fresh = elements(view).filter((element) => this.cy.getElementById(element.data.id).empty());
      fresh.forEach((element, i) => {
        if (element.group === 'nodes') {
          const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
          element.position = { x: center.x + 60 * Math.cos(angle), y: center.y + 60 * Math.sin(angle) };
        }
      });
      return this.cy.add(fresh);
    }

    layout(initial) {
      const fcose = !!window.cytoscapeFcose;
      const options = fcose
        ? {
          name: 'fcose', quality: 'proof', randomize: initial, animate: false, fit: false,
          nodeSeparation: 90, idealEdgeLength: () => 110, nodeRepulsion: () => 9000, packComponents: true,
          numIter: 2500, nodeDimensionsIncludeLabels: true,
        }
        : { name: 'cose', randomize: initial, animate: false, fit: false, nodeRepulsion: () => 9000 };
      return new Promise((resolve) => {
        const layout = this.cy.layout(options);
        layout.one('layoutstop', () => {
          this.fit(this.cy.elements(), 30);
          resolve();
        });
        layout.run();
      });
    }

    /** Fits the elements in the view without blowing a few nodes up beyond a readable size. */
    fit(eles, padding) {
      this.cy.fit(eles, padding);
      if (this.cy.zoom() > 1.3) {
        this.cy.zoom(1.3);
        this.cy.center(eles);
      }
    }

    async search(text) {
      const list = this.$('.hits');
      if (text.length < 2) {
        list.hidden = true;
        return;
      }
      const hits = await this.request(SEARCH, { text }, 'search').catch((error) => { this.fail(error); return []; });
      list.innerHTML = hits.length
        ? hits.map((hit) => `<li role="option" data-id="${escape(hit.node.id)}">${swatch(hit.node.type)}`
          + `<span>${escape(this.lang === 'ru' ? hit.node.name : hit.node.nameEn)}</span>`
          + `<small>${escape((TYPES[hit.node.type] || OTHER)[this.lang])}</small></li>`).join('')
        : `<li>${escape(this.text.noHits)}</li>`;
      list.hidden = false;
    }

    /** Goes to an entity: selects it when shown, else makes it the new focus. */
    jump(id) {
      this.$('.hits').hidden = true;
      this.$('.search').value = '';
      const node = this.cy.getElementById(id);
      if (node.nonempty()) {
        this.cy.elements().unselect();
        node.select();
        this.showNode(node);
        this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
      }
      else {
        this.setAttribute('focus', id);
      }
    }

    showNode(node) {
      const t = this.text;
      const data = node.data();
      const properties = data.properties || {};
      const kind = TYPES[data.type] || OTHER;
      const hidden = new Set(['id', 'sources', this.lang === 'ru' ? 'name' : 'nameEn']);
      this.openPanel(`
        <h2>${escape(data.label)}</h2>
        <div class="chip">${swatch(data.type)}${escape(kind[this.lang])}</div>
        <div class="id">${escape(data.id)}</div>
        <div class="actions">
          <button type="button" data-action="expand">${escape(t.expand)}</button>
          <button type="button" data-action="pick">${escape(t.pathFrom)}</button>
        </div>
        ${this.propertiesTable(properties, hidden)}
        ${this.sourcesList(properties.sources)}`, { expand: () => this.busy(this.expand(data.id)), pick: () => { this.pick(node); this.picking = true; } });
    }

    showEdge(edge) {
      const data = edge.data();
      const name = (id) => this.cy.getElementById(id).data('label') || id;
      this.openPanel(`
        <h2>${escape(name(data.source))} → ${escape(name(data.target))}</h2>
        <div class="chip">${escape(data.label || data.type)}</div>
        <div class="id">${escape(data.id)}</div>
        ${this.propertiesTable(data.properties || {}, new Set(['sources']))}
        ${this.sourcesList((data.properties || {}).sources)}`, {});
    }

    propertiesTable(properties, hidden) {
      const rows = Object.entries(properties)
        .filter(([key, value]) => !hidden.has(key) && value !== null && !(Array.isArray(value) && value.length === 0))
        .map(([key, value]) => `<tr><td>${escape(key)}</td><td>${escape(format(value))}</td></tr>`)
        .join('');
      return rows ? `<h3>${escape(this.text.properties)}</h3><table>${rows}</table>` : '';
    }

    sourcesList(sources) {
      if (!sources || !sources.length) {
        return '';
      }
      return `<h3>${escape(this.text.sources)}</h3>` + sources.map((source) => `
        <div class="source" data-source="${escape(source.id)}">
          <div class="title">${escape((this.lang === 'en' && source.titleEn) || source.title || source.id)}</div>
          <div class="id">${escape(source.id)}</div>
          ${source.evidence ? `<blockquote>${escape(source.evidence)}</blockquote>` : ''}
        </div>`).join('');
    }

    openPanel(html, actions) {
      const panel = this.$('.panel');
      const wasHidden = panel.hidden;
      panel.querySelector('.content').innerHTML = html;
      panel.querySelectorAll('[data-action]').forEach((button) => {
        button.addEventListener('click', actions[button.dataset.action]);
      });
      panel.hidden = false;
      if (wasHidden) {
        this.cy.resize();
      }
    }

    /** Runs an operation, keeping data-state "busy" while it runs, so pages and tests can wait for it. */
    busy(promise) {
      this.pending++;
      this.dataset.state = 'busy';
      return promise.catch((error) => this.fail(error)).finally(() => {
        this.pending--;
        if (this.pending === 0 && this.dataset.state === 'busy') {
          this.dataset.state = 'ready';
        }
      });
    }

    async request(query, variables, field) {
      this.status(this.text.loading);
      const response = await fetch(this.api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json().catch(() => ({}));
      if (body.errors && body.errors.length) {
        // The service answered, with an error naming what is wrong (e.g. NOT_FOUND for an unknown focus id).
        const failure = new Error(body.errors.map((error) => error.message).join(' '));
        failure.classification = (body.errors[0].extensions || {}).classification;
        throw failure;
      }
      if (!response.ok || !body.data) {
        throw new Error(`HTTP ${response.status}`);
      }
      return body.data[field];
    }

    status(message, error = false) {
      const status = this.$('.status');
      status.textContent = message;
      status.classList.toggle('error', error);
    }

    /** Says what went wrong: no such entity, a refused request, or no answer at all. */
    fail(error) {
      this.dataset.state = 'error';
      const kind = error && error.classification;
      const prefix = kind === 'NOT_FOUND' ? this.text.notFound : kind ? this.text.refused : this.text.error;
      this.status(prefix + (error && error.message ? error.message : error), true);
    }

  }

  window.OncoGraphView = OncoGraphView;
  customElements.define('oncograph-view', OncoGraphView);
})();
