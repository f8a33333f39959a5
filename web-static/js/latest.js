// Lists the latest published warnings. Text is set with textContent only: never as HTML.
const QUERY = `query Latest($lang: Language) {
  warnings(first: 20, lang: $lang) {
    edges { node { slug title summary category countries language publishedAt } }
  }
}`;

async function load() {
  const status = document.getElementById('status');
  const list = document.getElementById('warnings');
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: QUERY, variables: { lang: 'en' } }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(body.errors[0].message);
    for (const { node } of body.data.warnings.edges) {
      const item = document.createElement('li');
      const title = document.createElement('h3');
      title.textContent = node.title;
      title.lang = node.language;
      const summary = document.createElement('p');
      summary.textContent = node.summary;
      summary.lang = node.language;
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = `${node.category.replace('_', ' ').toLowerCase()} · ${node.countries.join(', ')} · ${node.publishedAt.slice(0, 10)}`;
      item.append(title, summary, meta);
      list.append(item);
    }
    status.textContent = `${body.data.warnings.edges.length} latest warnings`;
  } catch (e) {
    status.textContent = 'Warnings could not be loaded. Please try again later.';
  }
}

load();
