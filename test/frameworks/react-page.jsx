// A React 19 page embedding the kit: React 19 passes properties and events to custom
// elements natively, so the tag is used as-is, with no wrapper.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import 'kyr-widgets/rights-kit.js';

function App() {
  const [place, setPlace] = useState('ke');
  return (
    <main>
      <h1>React 19</h1>
      <p id="chosen">{place}</p>
      <kyr-rights-kit jurisdiction={place} data-src="/data/" locale="en" onkyr-jurisdiction-change={(e) => setPlace(e.detail.jurisdiction)} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
