import { render } from 'preact';

function Popup() {
  return <main style={{ padding: '12px', minWidth: '240px' }}>执法自查守护</main>;
}

render(<Popup />, document.getElementById('app')!);
