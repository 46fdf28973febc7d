<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
