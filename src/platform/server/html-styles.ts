// The look of server-rendered pages, close to the app's (its theme: the party red, system fonts,
// rounded cards, at least 4.5:1 contrast for text). Inline in each page: one request, no flash,
// and the policy allows inline styles. Sizes are fixed before anything loads: no layout shift.

export const PAGE_STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.55;color:#212529;background:#fff}
a{color:#b00d28;text-underline-offset:2px}
a:hover{color:#7f061b}
:focus-visible{outline:2px solid #c8102e;outline-offset:2px}
.top{background:#c8102e;color:#fff}
.top .in{display:flex;gap:1rem;align-items:center;justify-content:space-between;min-height:3.25rem}
.top a{color:#fff;font-weight:700;text-decoration:none}
.top a:hover{text-decoration:underline}
.in{max-width:56rem;margin:0 auto;padding:0 1rem}
main{padding:1.25rem 0 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 1rem}
h2{font-size:1.3rem;line-height:1.3;margin:1.75rem 0 .75rem}
h3{font-size:1.05rem;line-height:1.35;margin:1.25rem 0 .5rem}
p{margin:.5rem 0}
.dim{color:#495057}
.small{font-size:.875rem}
.plain{list-style:none;margin:0;padding:0}
.stack>*+*{margin-top:.5rem}
.card{border:1px solid #dee2e6;border-radius:8px;padding:.75rem 1rem;background:#fff}
.badges{display:flex;flex-wrap:wrap;gap:.375rem;margin-top:.375rem}
.badge{display:inline-block;font-size:.75rem;font-weight:700;line-height:1.5;padding:0 .5rem;border-radius:1rem;background:#f1f3f5;color:#343a40;text-transform:uppercase;letter-spacing:.02em}
.badge.outline{background:#fff;border:1px solid #495057}
.badge.red{background:#a01d1d;color:#fff}
.badge.green{background:#ebfbee;color:#1e6b2e}
.badge.orange{background:#fff4e6;color:#8f3405}
.alert{border-radius:8px;padding:.75rem 1rem;margin:.75rem 0;border:1px solid}
.alert.ok{background:#ebfbee;border-color:#b2f2bb;color:#1e6b2e}
.alert.error{background:#fff5f5;border-color:#ffc9c9;color:#a01d1d}
.alert.info{background:#f1f3f5;border-color:#dee2e6;color:#212529}
.alert strong{display:block}
.button{display:inline-block;font:inherit;font-weight:700;color:#fff;background:#c8102e;border:0;border-radius:8px;padding:.6rem 1.25rem;cursor:pointer;text-decoration:none;text-align:center;min-height:2.75rem}
.button:hover{background:#b00d28;color:#fff}
.button.light{background:#ffe9ec;color:#9a0a22}
.button.full{display:block;width:100%}
.field{margin:0 0 .875rem}
.field label,.field legend{display:block;font-weight:600;font-size:.9375rem;margin-bottom:.25rem;padding:0}
.field .hint{display:block;font-size:.8125rem;color:#495057;margin:-.125rem 0 .25rem}
.field input[type=text],.field input[type=email],.field input[type=tel],.field input[type=search],.field select{width:100%;font:inherit;padding:.5rem .75rem;min-height:2.75rem;border:1px solid #868e96;border-radius:8px;background:#fff;color:#212529}
fieldset.field{border:0;padding:0;min-width:0}
.field .check,.check{display:flex;gap:.625rem;align-items:flex-start;margin:.375rem 0;font-weight:400;font-size:1rem}
.check input{width:1.25rem;height:1.25rem;margin:.15rem 0 0;flex:none;accent-color:#c8102e}
.error-text{display:block;color:#9a0a22;font-size:.875rem;font-weight:600;margin-top:.25rem}
.field.has-error input,.field.has-error select{border-color:#9a0a22}
.req{color:#9a0a22}
.grid2{display:grid;gap:0 1rem}
@media(min-width:40em){.grid2{grid-template-columns:1fr 1fr}}
.breadcrumbs{display:flex;flex-wrap:wrap;gap:.25rem .5rem;font-size:.875rem;color:#495057;list-style:none;padding:0;margin:0}
.breadcrumbs li+li::before{content:"›";margin-right:.5rem}
footer{border-top:1px solid #dee2e6;padding:1rem 0 2rem;font-size:.875rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
`.replace(/\n/g, '');
