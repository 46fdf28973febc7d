<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessible</name>
    <message>
        <source>Select all cells</source>
        <extracomment>The button QTableView puts where its headers meet (it selects every cell).</extracomment>
        <translation>选择所有单元格</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Forget the token saved in this app</source>
        <translation>删除保存在本应用中的令牌</translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>新的访问令牌</translation>
    </message>
    <message>
        <source>hf_…  (paste a token from huggingface.co/settings/tokens)</source>
        <translation>hf_…（粘贴来自 huggingface.co/settings/tokens 的令牌）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>计费对象</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <translation>所属账户：</translation>
    </message>
    <message>
        <source>Bill to:</source>
        <translation>计费对象：</translation>
    </message>
    <message>
        <source>Nobody: without a token only public models answer, with lower rate limits.</source>
        <translation>无：没有令牌时只有公开模型会响应，且速率限制更低。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Another instance</source>
        <translation>另一个实例</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <source>System</source>
        <extracomment>The languages, each under its own name (found whatever language the UI speaks).</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s look; Light and Dark use the same look everywhere.</source>
        <translation>“跟随系统”随桌面外观变化；“浅色”和“深色”在任何地方都使用同一外观。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>The new language is used the next time the app starts.</source>
        <translation>新语言将在下次启动应用时生效。</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>Retired Inference API</source>
        <extracomment>Said under an Inference API on the retired host (here and in the main window).</extracomment>
        <translation>已停用的 Inference API</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>路由器：</translation>
    </message>
    <message>
        <source>Inference API:</source>
        <translation>Inference API：</translation>
    </message>
    <message>
        <source>Hub or mirror:</source>
        <translation>Hub 或镜像：</translation>
    </message>
    <message>
        <source>Leave empty for the default shown. The router reaches every Inference Provider; the Inference API is hf-inference below it. A Hub mirror (like https://hf-mirror.com) serves model search and look-ups. Your access token goes only to huggingface.co and to hosts you trust (see Endpoints).</source>
        <translation>留空则使用所示的默认值。路由器可访问所有推理提供商；Inference API 是其下的 hf-inference。Hub 镜像（如 https://hf-mirror.com）提供模型搜索和查询。您的访问令牌只会发送到 huggingface.co 和您信任的主机（见“端点”）。</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Connect:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>应答：</translation>
    </message>
    <message>
        <source>Whole call at most:</source>
        <translation>整个调用最长：</translation>
    </message>
    <message>
        <source>Silent stream at most:</source>
        <translation>流无数据最长：</translation>
    </message>
    <message>
        <source>A call or a stream that goes past these ends with a timeout error (never sooner than the timeouts above allow).</source>
        <translation>超过这些时长的调用或流会以超时错误结束（不会早于上面的超时设置）。</translation>
    </message>
    <message>
        <source>HTTPS certificates are always checked; a server whose certificate can&apos;t be verified is not contacted.</source>
        <translation>始终检查 HTTPS 证书；不会连接证书无法验证的服务器。</translation>
    </message>
</context>
<context>
    <name>CopyAsCode</name>
    <message>
        <source>Copy as code ▾</source>
        <translation>复制为代码 ▾</translation>
    </message>
    <message>
        <source>Copy as code</source>
        <translation>复制为代码</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>DefaultsTab</name>
    <message>
        <source>Auto (fastest)</source>
        <extracomment>The default provider policies as the Defaults tab offers them (translated when shown).</extracomment>
        <translation>自动（最快）</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Preferred (your order on huggingface.co)</source>
        <translation>首选（您在 huggingface.co 上设置的顺序）</translation>
    </message>
    <message>
        <source>Wait for the model to load</source>
        <translation>等待模型加载</translation>
    </message>
    <message>
        <source>Hold requests until a model that is not loaded yet is</source>
        <translation>模型尚未加载时，请求会等到它加载完成</translation>
    </message>
    <message>
        <source>Use the server&apos;s cache</source>
        <translation>使用服务器缓存</translation>
    </message>
    <message>
        <source>Retry once when the model is loading</source>
        <translation>模型加载中时重试一次</translation>
    </message>
    <message>
        <source>Larger image, audio or other files are refused when loaded</source>
        <translation>加载时会拒绝更大的图像、音频或其他文件</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>默认提供商</translation>
    </message>
    <message>
        <source>Inference Providers</source>
        <translation>推理提供商</translation>
    </message>
    <message>
        <source>Default provider:</source>
        <translation>默认提供商：</translation>
    </message>
    <message>
        <source>The provider a page starts with; the provider picker beside a page&apos;s model changes it for that task. Auto takes the fastest provider that serves the model, Cheapest the one with the lowest price, Preferred the first in your order at {page}. For tasks other than chat, the first live provider the Hub maps is used.</source>
        <translation>页面开始时使用的提供商；页面模型旁的提供商选择器可为该任务更改它。“自动”选择提供该模型的最快提供商，“最便宜”选择价格最低的，“首选”选择您在 {page} 中排序第一的。对于聊天以外的任务，使用 Hub 映射的第一个在线提供商。</translation>
    </message>
    <message>
        <source>Call options of new pages</source>
        <translation>新页面的调用选项</translation>
    </message>
    <message>
        <source>Each page can change them for its own runs.</source>
        <translation>每个页面都可以为自己的运行更改这些选项。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Largest input file:</source>
        <translation>最大输入文件：</translation>
    </message>
</context>
<context>
    <name>EndpointsTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>Send your access token to this endpoint&apos;s host</source>
        <translation>将您的访问令牌发送到此端点的主机</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Servers allowed to receive your token</source>
        <translation>允许接收您令牌的服务器</translation>
    </message>
    <message>
        <source>Take your yes back: the app asks again</source>
        <translation>撤回您的同意：应用会再次询问</translation>
    </message>
    <message>
        <source>Named endpoints</source>
        <translation>命名端点</translation>
    </message>
    <message>
        <source>Trusted: your access token is sent to the endpoint&apos;s server. Pick an endpoint in a page&apos;s model field to call it.</source>
        <translation>受信任：您的访问令牌会发送到该端点的服务器。在页面的模型字段中选择端点即可调用它。</translation>
    </message>
    <message>
        <source>Servers you allowed to receive your token</source>
        <translation>您允许接收令牌的服务器</translation>
    </message>
    <message>
        <source>Each is one server: scheme, host and port. Another port or scheme of the same host is asked about again. Plain http is allowed only on this machine.</source>
        <translation>每项是一个服务器：协议、主机和端口。同一主机的其他端口或协议会再次询问。明文 http 仅允许用于本机。</translation>
    </message>
    <message>
        <source>A Hugging Face host: it gets your token over HTTPS anyway</source>
        <translation>Hugging Face 主机：它总会通过 HTTPS 收到您的令牌</translation>
    </message>
    <message>
        <source>Not trusted: the app asks before sending your token here</source>
        <translation>不受信任：应用在向此处发送令牌前会询问</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Keep a history of runs</source>
        <translation>保留运行历史记录</translation>
    </message>
    <message>
        <source>Keep the input files with each run</source>
        <translation>随每次运行保留输入文件</translation>
    </message>
    <message>
        <source>When the history grows past this, the oldest runs go first</source>
        <translation>历史记录超过此大小时，最早的运行会先被删除</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <source>Your access token is never kept in the history.</source>
        <translation>您的访问令牌永远不会保存在历史记录中。</translation>
    </message>
</context>
<context>
    <name>LegacyNotice</name>
    <message>
        <source>Legacy task</source>
        <extracomment>A legacy task&apos;s id → the page that replaces it.</extracomment>
        <translation>旧版任务</translation>
    </message>
</context>
<context>
    <name>LocalServersTab</name>
    <message>
        <source>Name</source>
        <extracomment>Models shown per found server before &quot;and n more&quot;. What Find asks besides the URL typed (tests put their fake servers&apos; here).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Local servers</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Find local servers</source>
        <translation>查找本地服务器</translation>
    </message>
    <message>
        <source>Also look at this URL</source>
        <translation>同时检查此 URL</translation>
    </message>
    <message>
        <source>also look at… (e.g. http://192.168.1.20:11434)</source>
        <translation>同时检查…（例如 http://192.168.1.20:11434）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>找到的服务器</translation>
    </message>
    <message>
        <source>Each server is a provider in the pages&apos; provider picker (local:&lt;name&gt;). OpenAI-compatible: Ollama, llama.cpp, LM Studio, vLLM, transformers serve (chat). HF-style: TGI, TEI. Your access token is never sent to them.</source>
        <translation>每个服务器都是页面提供商选择器中的一个提供商（local:&lt;name&gt;）。OpenAI 兼容：Ollama、llama.cpp、LM Studio、vLLM、transformers serve（聊天）。HF 风格：TGI、TEI。您的访问令牌永远不会发送给它们。</translation>
    </message>
    <message>
        <source>Local engine memory budget (MB)</source>
        <translation>本地引擎内存预算（MB）</translation>
    </message>
    <message>
        <source>Automatic (half of this computer&apos;s memory)</source>
        <translation>自动（本机内存的一半）</translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation>本地引擎</translation>
    </message>
    <message>
        <source>Memory budget for loaded models:</source>
        <translation>已加载模型的内存预算：</translation>
    </message>
    <message>
        <source>Past it, the least recently used models are unloaded; a model bigger than the budget is refused. Used from the engine&apos;s next start.</source>
        <translation>超出后会卸载最近最少使用的模型；大于预算的模型会被拒绝。从引擎下次启动时生效。</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready</source>
        <extracomment>The empty state&apos;s first example: this task&apos;s first example, ready to run.</extracomment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation>此窗口中无法使用设置。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>An action with this property stays at the end of its menu (File ▸ Quit).</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ModelField</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the Hub</source>
        <translation>在 Hub 上打开模型页面</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <translation>关闭此通知</translation>
    </message>
</context>
<context>
    <name>ParametersForm</name>
    <message>
        <source>This task has no parameters.</source>
        <translation>此任务没有参数。</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>模型加载中</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>SettingsHooks</name>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SnippetDialog</name>
    <message>
        <source>Copy as code</source>
        <translation>复制为代码</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>代码片段</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Run</source>
        <extracomment>A past run (history) is on show; ``last_run`` is it (not emitted for new runs). An input, the model, a parameter or an option changed. (bool) The result on show started or stopped matching the form (result_freshness).</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run the model (Ctrl+Enter)</source>
        <translation>运行模型（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel the call in flight (Esc)</source>
        <translation>取消进行中的调用（Esc）</translation>
    </message>
    <message>
        <source>Fill the form with this example</source>
        <translation>用此示例填写表单</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
</context>
<context>
    <name>TaskSidebar</name>
    <message>
        <source>Filter tasks…</source>
        <translation>筛选任务…</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>TokenGate</name>
    <message>
        <source>Send your access token?</source>
        <translation>发送您的访问令牌？</translation>
    </message>
    <message>
        <source>Yes for this server</source>
        <translation>对此服务器同意</translation>
    </message>
    <message>
        <source>No (send without token)</source>
        <translation>否（不带令牌发送）</translation>
    </message>
</context>
</TS>
