/** The site icon (a bookmark, 栞) as an inline SVG, so no favicon file has to be fetched. */
export const ICON_DATA_URI = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path fill="#0369a1" d="M5 2h10a1 1 0 0 1 1 1v15l-6-4-6 4V3a1 1 0 0 1 1-1z"/></svg>',
)}`;
