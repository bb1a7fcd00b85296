// The plain-DOM baseline the ideas index is measured against: what a developer would write
// by hand for the same job with no library — lower-cased substring search over title,
// city and country, and every match rendered as a list item. No folding, no facets, no
// paging: simpler than the element, and the point of comparison for speed and DOM size.
export function mountBaseline(container, ideas) {
  const text = (v) => (typeof v === 'string' ? v : v ? (v.en ?? Object.values(v)[0]) : '');
  container.innerHTML = '';
  const label = document.createElement('label');
  label.textContent = 'Search';
  const input = document.createElement('input');
  input.type = 'search';
  label.append(input);
  const count = document.createElement('p');
  const list = document.createElement('ul');
  container.append(label, count, list);
  const rows = ideas.map((i) => ({
    idea: i,
    hay: `${text(i.title)} ${text(i.summary)} ${text(i.city)} ${text(i.country)}`.toLowerCase(),
  }));
  const render = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = rows.filter((r) => words.every((w) => r.hay.includes(w)));
    count.textContent = `${hits.length} ideas`;
    const fragment = document.createDocumentFragment();
    for (const {idea} of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = idea.url;
      a.textContent = text(idea.title);
      const p = document.createElement('p');
      p.textContent = `${text(idea.city)}, ${text(idea.country)} — ${text(idea.summary)}`;
      li.append(a, p);
      fragment.append(li);
    }
    list.replaceChildren(fragment);
  };
  input.addEventListener('input', render);
  render();
  return {input, root: container};
}
