import '@homeward/widgets/define/intake-form';
import '@homeward/widgets/define/bar-chart';
import { generateIntakeRecords } from '@homeward/core/examples';
import type {} from '@homeward/widgets/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const records = generateIntakeRecords(200, 3);

function App() {
  const [message, setMessage] = useState('');
  return (
    <main>
      <h1>Homeward in React</h1>
      <hw-intake-form
        endpoint="/api/intake"
        office="demo-office"
        onhw-submit={() => setMessage('Registration sent.')}
      />
      <p role="status">{message}</p>
      <hw-bar-chart
        heading="People registered by citizenship"
        field="citizenship"
        records={records}
        headingLevel={2}
        onhw-export={(event) => setMessage(`Exported ${event.detail.format}`)}
      />
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
