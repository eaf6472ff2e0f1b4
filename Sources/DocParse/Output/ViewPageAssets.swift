/// The page's inline style sheet and script (no network, no external files).
extension ViewPageBuilder {
  static let css = """
    :root{--bg:#fff;--fg:#1d1d1f;--mute:#6b6b70;--line:#e3e3e8}
    *{box-sizing:border-box}body{margin:0;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
    header{padding:12px 20px;border-bottom:1px solid var(--line);position:sticky;top:0;background:#fafafa;z-index:2}
    h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:16px 0 8px;color:var(--mute)}
    .source{margin:0;color:var(--mute);font-size:13px}
    .filters{margin-top:6px;font-size:13px;display:flex;flex-wrap:wrap;gap:4px 10px;align-items:center}
    .filters span{color:var(--mute)}.filters label{padding:0 6px;border-radius:4px;cursor:pointer}
    .layout{display:grid;grid-template-columns:260px minmax(0,1fr) 320px;gap:0}
    nav.outline{position:sticky;top:100px;height:calc(100vh - 100px);overflow:auto;padding:0 12px;border-right:1px solid var(--line);font-size:13px}
    nav ul{list-style:none;margin:0;padding:0}nav li{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    nav li.item{color:var(--mute)}nav a{color:inherit;text-decoration:none}nav a:hover{text-decoration:underline}
    nav li.d1{padding-left:12px}nav li.d2{padding-left:24px}nav li.d3{padding-left:36px}nav li.d4,nav li.d5,nav li.d6,nav li.d7,nav li.d8,nav li.d9{padding-left:48px}
    main{padding:0 24px;min-width:0}
    .text{white-space:pre-wrap;word-break:break-word;content-visibility:auto}
    aside.panel{padding:0 14px;border-left:1px solid var(--line);font-size:13px}
    table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
    table.meta th{width:90px;color:var(--mute);font-weight:normal}small{color:var(--mute)}.absent{color:#bbb}
    .targets{padding:0 20px 40px}table.sortable th{cursor:pointer;background:#f4f4f6;position:sticky;top:0}
    mark{background:none;border-radius:3px;padding:0 1px;cursor:help}
    .k-money{--c:#ffd66b}.k-count{--c:#9fd8ff}.k-percent{--c:#b8f0a8}.k-fraction{--c:#c7f0d8}.k-multiple{--c:#ffc2e2}
    .k-duration{--c:#e0c8ff}.k-date{--c:#e8e8e8}.k-docNumber{--c:#ffd9b3}.k-citation{--c:#d9e2ff}.k-number{--c:#eee}
    mark.s-actual{background:var(--c)}mark.s-none{background:linear-gradient(transparent 60%,var(--c) 60%)}
    mark.s-target{outline:2px solid var(--c);outline-offset:0;background:color-mix(in srgb,var(--c) 35%,transparent);font-weight:600}
    mark.masked{background-image:repeating-linear-gradient(45deg,transparent 0 3px,rgba(0,0,0,.18) 3px 5px)}
    .filters label.k-money,.filters label.k-count,.filters label.k-percent,.filters label.k-fraction,.filters label.k-multiple,.filters label.k-duration,.filters label.k-date,.filters label.k-docNumber,.filters label.k-citation{background:var(--c)}
    mark.off{background:none!important;outline:none!important;font-weight:inherit}
    a.anchor{scroll-margin-top:110px}
    a.anchor.heading::before,a.anchor.item::before{content:"";display:inline-block;width:4px;height:1.05em;margin-right:4px;vertical-align:-3px;border-radius:2px;background:#3b82c4}
    a.anchor.item::before{background:#9cc3e6;width:3px}:target+*{animation:flash 1.5s}
    @keyframes flash{from{background:#ffef8a}to{background:transparent}}
    .diagnostics{padding-left:16px}.sev-warning a{color:#b26a00}.sev-error a{color:#c0152f}
    .o-met{background:#dff5e1}.o-notmet{background:#fde0e0}.o-masked{background:#eee}.o-none{background:#fff6d6}
    .counts span{padding:2px 8px;border-radius:4px;margin-right:6px}table.track td{font-size:13px}.arrow{color:var(--mute)}
    @media (max-width:1000px){.layout{grid-template-columns:1fr}nav.outline{position:static;height:auto;max-height:40vh}}
    """

  static let script = """
    (function(){
    var f=document.getElementById('filters');
    if(f){f.addEventListener('change',function(){
      var kinds={},st={};
      f.querySelectorAll('input[data-kind]').forEach(function(i){kinds[i.dataset.kind]=i.checked});
      f.querySelectorAll('input[data-status]').forEach(function(i){st[i.dataset.status]=i.checked});
      document.querySelectorAll('mark[data-kind]').forEach(function(m){
        m.classList.toggle('off',!(kinds[m.dataset.kind]!==false&&st[m.dataset.status]!==false));
      });
    });}
    document.querySelectorAll('table.sortable').forEach(function(t){
      t.querySelectorAll('th').forEach(function(th,col){
        th.addEventListener('click',function(){
          var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
          var dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir===1?'asc':'desc';
          rows.sort(function(a,b){
            var x=a.cells[col].textContent,y=b.cells[col].textContent,nx=parseFloat(x),ny=parseFloat(y);
            if(!isNaN(nx)&&!isNaN(ny)&&String(nx)===x.trim()&&String(ny)===y.trim())return dir*(nx-ny);
            return dir*x.localeCompare(y,'zh');
          });
          rows.forEach(function(r){body.appendChild(r)});
        });
      });
    });
    })();
    """
}
