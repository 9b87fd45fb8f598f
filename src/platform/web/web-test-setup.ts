import { configure } from '@testing-library/dom';

// Component tests share the cores with the server tests: `findBy…` and `waitFor` wait up to
// 15 s for what a busy machine takes longer than testing-library's default second to render.
configure({ asyncUtilTimeout: 15_000 });
