// The index page's one script: a filter box and sortable columns. The page
// allows it by its hash in the Content-Security-Policy (and nothing else), and
// without it the index is the same table in the order of the records file.
// test/render/document-index.test.ts checks that the hash is the script's.

export const INDEX_SCRIPT = `(() => {
  const table = document.querySelector('table.documents');
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const filter = document.getElementById('filter');
  const shown = document.getElementById('shown');
  filter.closest('p').hidden = false;
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(' ').filter(Boolean);
    let count = 0;
    for (const row of rows) {
      const text = row.textContent.toLowerCase();
      row.hidden = !words.every((word) => text.includes(word));
      if (!row.hidden) count++;
    }
    shown.textContent = count + ' of ' + rows.length + ' documents';
  });
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = header.classList.contains('num');
      const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent;
      rows.sort((a, b) => {
        const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'de');
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
})();`;

/** The script's SHA-256, base64, as the Content-Security-Policy names it. */
export const INDEX_SCRIPT_HASH = 'sha256-HLI9LBg8snPpFogu+iSoGVOMHPBIfFlelIGZLvRH9IM=';
