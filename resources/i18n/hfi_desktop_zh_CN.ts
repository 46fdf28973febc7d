<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerHeader</name>
    <message>
        <source>Q: {question}</source>
        <translation>问：{question}</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无答案）</translation>
    </message>
</context>
<context>
    <name>AudioDevices</name>
    <message>
        <source>No microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <source>No audio output device found</source>
        <translation>未找到音频输出设备</translation>
    </message>
</context>
<context>
    <name>AudioDropZone</name>
    <message>
        <source>Audio input</source>
        <translation>音频输入</translation>
    </message>
    <message>
        <source>Drop an audio file here, or press Enter to browse, or use Record.</source>
        <translation>将音频文件拖放到此处，或按 Enter 浏览，或使用“录音”。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Record from the microphone</source>
        <translation>用麦克风录音</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the audio</source>
        <translation>播放音频</translation>
    </message>
    <message>
        <source>or use Browse… or Record</source>
        <translation>或使用“浏览…”或“录音”</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录音</translation>
    </message>
    <message>
        <source>Stop and use the recording</source>
        <translation>停止并使用这段录音</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>or use Browse…</source>
        <translation>或使用“浏览…”</translation>
    </message>
    <message>
        <source>Can&apos;t play {name}: {why}.</source>
        <translation>无法播放 {name}：{why}。</translation>
    </message>
    <message>
        <source>{no_microphone}: connect one, or drop a recording instead.</source>
        <translation>{no_microphone}：请连接麦克风，或改为拖放一段录音。</translation>
    </message>
    <message>
        <source>Recording… press Stop recording when you are done.</source>
        <translation>正在录音… 完成后请按“停止录音”。</translation>
    </message>
    <message>
        <source>Recording {duration} … press Stop recording when done.</source>
        <translation>正在录音 {duration} … 完成后请按“停止录音”。</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play {clip}</source>
        <translation>播放 {clip}</translation>
    </message>
    <message>
        <source>Position in {clip}</source>
        <translation>{clip} 的播放位置</translation>
    </message>
    <message>
        <source>{no_speakers}: the clip cannot be played here (Save as… keeps it).</source>
        <translation>{no_speakers}：无法在此播放该片段（可用“另存为…”保存）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause {clip}</source>
        <translation>暂停 {clip}</translation>
    </message>
    <message>
        <source>Cannot play this clip: {why}</source>
        <translation>无法播放该片段：{why}</translation>
    </message>
</context>
<context>
    <name>AudioViewer</name>
    <message>
        <source>No audio in the result.</source>
        <translation>结果中没有音频。</translation>
    </message>
</context>
<context>
    <name>ChipsInput</name>
    <message>
        <source>Remove “{text}”</source>
        <translation>移除“{text}”</translation>
    </message>
    <message>
        <source>List input</source>
        <translation>列表输入</translation>
    </message>
    <message>
        <source>Type and press Enter or a comma</source>
        <translation>输入后按 Enter 或逗号</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>输入后按 Enter</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>{hint}; Backspace in an empty field removes the last</source>
        <translation>{hint}；在空输入框中按 Backspace 删除最后一项</translation>
    </message>
    <message>
        <source>“{text}” is already in the list.</source>
        <translation>“{text}”已在列表中。</translation>
    </message>
</context>
<context>
    <name>ConversationInput</name>
    <message>
        <source>No messages yet. Your first message starts the conversation.</source>
        <translation>还没有消息。发送第一条消息即可开始对话。</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>你：{text}</translation>
    </message>
    <message>
        <source>Model: {text}</source>
        <translation>模型：{text}</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Conversation so far</source>
        <translation>目前的对话</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Clear conversation</source>
        <translation>清空对话</translation>
    </message>
    <message>
        <source>Clear the conversation history</source>
        <translation>清空对话历史记录</translation>
    </message>
    <message>
        <source>1 earlier exchange</source>
        <translation>之前 1 轮对话</translation>
    </message>
    <message>
        <source>{count} earlier exchanges</source>
        <translation>之前 {count} 轮对话</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>DetectionViewer</name>
    <message>
        <source>Detected objects</source>
        <translation>检测到的对象</translation>
    </message>
    <message>
        <source>x {xmin} to {xmax}, y {ymin} to {ymax}</source>
        <translation>x 从 {xmin} 到 {xmax}，y 从 {ymin} 到 {ymax}</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 个对象</translation>
    </message>
    <message>
        <source>{count} objects</source>
        <translation>{count} 个对象</translation>
    </message>
    <message>
        <source> (no input image to draw on)</source>
        <translation>（没有可供绘制的输入图像）</translation>
    </message>
    <message>
        <source>{count} only here</source>
        <translation>{count} 个仅此处有</translation>
    </message>
    <message>
        <source>{count} missed (dotted)</source>
        <translation>{count} 个遗漏（虚线）</translation>
    </message>
</context>
<context>
    <name>DocAnswerViewer</name>
    <message>
        <source>Other answers</source>
        <translation>其他答案</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>得分 {score}</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Download a model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <source>owner/name, e.g. distilbert/distilbert-base-uncased</source>
        <translation>所有者/名称，例如 distilbert/distilbert-base-uncased</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>要下载的模型</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Model id on the Hub:</source>
        <translation>Hub 上的模型 ID：</translation>
    </message>
    <message>
        <source>From {host}, with your access token.
Into {folder}</source>
        <translation>来源：{host}，使用你的访问令牌。
保存到：{folder}</translation>
    </message>
    <message>
        <source>From {host}, without your access token ({host} is not trusted): public models only.
Into {folder}</source>
        <translation>来源：{host}，不使用你的访问令牌（{host} 不受信任）：仅限公开模型。
保存到：{folder}</translation>
    </message>
    <message>
        <source>From {host}, with no access token: public models only.
Into {folder}</source>
        <translation>来源：{host}，没有访问令牌：仅限公开模型。
保存到：{folder}</translation>
    </message>
    <message>
        <source>Type a model id from the Hub: owner/name.</source>
        <translation>请输入 Hub 上的模型 ID：所有者/名称。</translation>
    </message>
    <message>
        <source>Listing the model&apos;s files…</source>
        <translation>正在列出模型的文件…</translation>
    </message>
    <message>
        <source>Cancelled: {model} was not kept.</source>
        <translation>已取消：未保留 {model}。</translation>
    </message>
    <message>
        <source>{model} is in your Hub cache: choose “Local engine” as the provider to run it on this computer.</source>
        <translation>{model} 已在你的 Hub 缓存中：选择“本地引擎”作为提供商，即可在本机运行。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Choose an audio file</source>
        <translation>选择音频文件</translation>
    </message>
    <message>
        <source>Audio files</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>an image</source>
        <extracomment>The words of hfi_desktop.media.kinds (noun_for, short_names), translated where shown.</extracomment>
        <translation>图像</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>any image</source>
        <translation>任意图像</translation>
    </message>
    <message>
        <source>any audio file</source>
        <translation>任意音频文件</translation>
    </message>
    <message>
        <source>any file</source>
        <translation>任意文件</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <extracomment>Set by subclasses.</extracomment>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for {noun}</source>
        <translation>浏览{noun}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the {noun}</source>
        <translation>清除{noun}</translation>
    </message>
    <message>
        <source>{name} can&apos;t be loaded: this input has no loader connected.</source>
        <translation>无法加载 {name}：此输入未连接加载器。</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>{name} is a {format} file; this input takes {kinds}.</source>
        <translation>{name} 是 {format} 文件；此输入接受{kinds}。</translation>
    </message>
    <message>
        <source>Drop one file at a time (you dragged {count}).</source>
        <translation>一次只能拖放一个文件（你拖入了 {count} 个）。</translation>
    </message>
    <message>
        <source>{name} is a link, not a file on this computer. Save it first, then drop the saved file.</source>
        <translation>{name} 是链接，不是本机上的文件。请先保存，再拖放保存的文件。</translation>
    </message>
    <message>
        <source>{name} is not {noun} ({ext} files can&apos;t be used here).</source>
        <translation>{name} 不是{noun}（此处不能使用 {ext} 文件）。</translation>
    </message>
    <message>
        <source>Only files can be dropped here (this is text).</source>
        <translation>此处只能拖放文件（这是文本）。</translation>
    </message>
    <message>
        <source>Only files can be dropped here.</source>
        <translation>此处只能拖放文件。</translation>
    </message>
    <message>
        <source>Drop {kinds}.</source>
        <translation>请拖放{kinds}。</translation>
    </message>
    <message>
        <source>The clipboard holds no {noun} file to paste.</source>
        <translation>剪贴板中没有可粘贴的{noun}。</translation>
    </message>
    <message>
        <source>Drop {noun} here</source>
        <translation>将{noun}拖放到此处</translation>
    </message>
    <message>
        <source>or use Browse…</source>
        <translation>或使用“浏览…”</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图像</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
</context>
<context>
    <name>EmbeddingsViewer</name>
    <message>
        <source>Values</source>
        <extracomment>The statistics&apos; names (stat() takes them in English); shown translated.</extracomment>
        <translation>数值个数</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>L2 norm (first vector)</source>
        <translation>L2 范数（第一个向量）</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 个值</translation>
    </message>
    <message>
        <source>{count} values</source>
        <translation>{count} 个值</translation>
    </message>
    <message>
        <source>first {shown} of {values}</source>
        <translation>{values}中的前 {shown} 个</translation>
    </message>
    <message>
        <source>First vector ({shown}): blue &lt; 0 &lt; red</source>
        <translation>第一个向量（{shown}）：蓝 &lt; 0 &lt; 红</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>First {count} values</source>
        <translation>前 {count} 个值</translation>
    </message>
</context>
<context>
    <name>EngineFailures</name>
    <message>
        <source>The local engine stopped</source>
        <translation>本地引擎已停止</translation>
    </message>
    <message>
        <source>The local engine is not installed</source>
        <translation>本地引擎未安装</translation>
    </message>
    <message>
        <source>The local engine did not start</source>
        <translation>本地引擎未能启动</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Restart the local engine</source>
        <translation>重新启动本地引擎</translation>
    </message>
    <message>
        <source>Start the local engine again; then run again</source>
        <extracomment>How long a call that lost its connection waits to learn whether the engine ended.</extracomment>
        <translation>再次启动本地引擎，然后重新运行</translation>
    </message>
</context>
<context>
    <name>EngineProcess</name>
    <message>
        <source>The local engine stopped ({code}). Restart it to run on this computer again.</source>
        <translation>本地引擎已停止（{code}）。请重新启动它，以便再次在本机运行。</translation>
    </message>
    <message>
        <source>it was killed</source>
        <translation>进程被终止</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>退出码 {code}</translation>
    </message>
    <message>
        <source>The local engine is not running.</source>
        <translation>本地引擎未在运行。</translation>
    </message>
    <message>
        <source>the local engine printed something else than its address</source>
        <translation>本地引擎输出的不是它的地址</translation>
    </message>
    <message>
        <source>The local engine stopped before it was ready ({code})</source>
        <translation>本地引擎在就绪前停止了（{code}）</translation>
    </message>
    <message>
        <source>The local engine could not start: {detail}</source>
        <translation>本地引擎无法启动：{detail}</translation>
    </message>
    <message>
        <source>the local engine did not say its address within {seconds} s</source>
        <translation>本地引擎未在 {seconds} 秒内报告其地址</translation>
    </message>
    <message>
        <source>The local engine could not start: {why}.</source>
        <translation>本地引擎无法启动：{why}。</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Error details</source>
        <extracomment>A button under an error: (text, tooltip, what a click does).</extracomment>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>FileDropZone</name>
    <message>
        <source>File input</source>
        <translation>文件输入</translation>
    </message>
    <message>
        <source>Drop a file here, or press Enter to browse.</source>
        <translation>将文件拖放到此处，或按 Enter 浏览。</translation>
    </message>
    <message>
        <source>or use Browse… (it is sent as is)</source>
        <translation>或使用“浏览…”（按原样发送）</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>the Hub cannot be searched now</source>
        <extracomment>Queries sent to the Hub, in order (for tests and diagnostics).</extracomment>
        <translation>现在无法搜索 Hub</translation>
    </message>
    <message>
        <source>the search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
</context>
<context>
    <name>ImageDropZone</name>
    <message>
        <source>Image input</source>
        <translation>图像输入</translation>
    </message>
    <message>
        <source>Drop an image file here, or press Enter to browse, or Ctrl+V to paste.</source>
        <translation>将图像文件拖放到此处，或按 Enter 浏览，或按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>图像预览</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste an image from the clipboard (Ctrl+V)</source>
        <translation>从剪贴板粘贴图像（Ctrl+V）</translation>
    </message>
    <message>
        <source>or use Browse… or Paste (Ctrl+V)</source>
        <translation>或使用“浏览…”或“粘贴”（Ctrl+V）</translation>
    </message>
    <message>
        <source>The clipboard is empty: copy an image first.</source>
        <translation>剪贴板为空：请先复制一张图像。</translation>
    </message>
    <message>
        <source>The clipboard holds text: copy an image (or an image file) first.</source>
        <translation>剪贴板中是文本：请先复制图像（或图像文件）。</translation>
    </message>
    <message>
        <source>The clipboard holds no image: copy an image (or an image file) first.</source>
        <translation>剪贴板中没有图像：请先复制图像（或图像文件）。</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>Line {line}, column {column}: {message}</source>
        <translation>第 {line} 行，第 {column} 列：{message}</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>JSON 有效</translation>
    </message>
</context>
<context>
    <name>KindIcon</name>
    <message>
        <source>image icon</source>
        <extracomment>Each kind&apos;s icon, as a screen reader names it.</extracomment>
        <translation>图像图标</translation>
    </message>
    <message>
        <source>audio icon</source>
        <translation>音频图标</translation>
    </message>
    <message>
        <source>file icon</source>
        <translation>文件图标</translation>
    </message>
</context>
<context>
    <name>LoaderBinding</name>
    <message>
        <source>Files can&apos;t be loaded: the app&apos;s event loop is not running.</source>
        <translation>无法加载文件：应用的事件循环未在运行。</translation>
    </message>
    <message>
        <source>{name} could not be loaded: {error}</source>
        <translation>无法加载 {name}：{error}</translation>
    </message>
</context>
<context>
    <name>LocalEngineMenu</name>
    <message>
        <source>Start local engine</source>
        <translation>启动本地引擎</translation>
    </message>
    <message>
        <source>Stop local engine</source>
        <translation>停止本地引擎</translation>
    </message>
    <message>
        <source>Download a model…</source>
        <translation>下载模型…</translation>
    </message>
    <message>
        <source>Start the engine that runs Hub models from your cache on this computer</source>
        <translation>启动在本机运行缓存中 Hub 模型的引擎</translation>
    </message>
    <message>
        <source>Download a model from the Hub into your cache, to run it on this computer</source>
        <translation>从 Hub 下载模型到缓存，以便在本机运行</translation>
    </message>
</context>
<context>
    <name>LocalRouting</name>
    <message>
        <source>Models on this computer are not available in this window.</source>
        <translation>此窗口中无法使用本机上的模型。</translation>
    </message>
    <message>
        <source>The local server {name} is no longer listed: choose another provider, or find local servers again.</source>
        <translation>本地服务器 {name} 已不在列表中：请选择其他提供商，或重新查找本地服务器。</translation>
    </message>
    <message>
        <source>start the local engine first (Tools ▸ Start local engine): its address changes with each start</source>
        <translation>请先启动本地引擎（工具 ▸ 启动本地引擎）：它的地址每次启动都会变化</translation>
    </message>
</context>
<context>
    <name>LocalSourcesService</name>
    <message>
        <source>Local engine</source>
        <translation>本地引擎</translation>
    </message>
    <message>
        <source>Runs Hub models from your cache on this computer; starts on first run</source>
        <extracomment>The engine&apos;s line in the picker, by state (RUNNING adds its address).</extracomment>
        <translation>在本机运行缓存中的 Hub 模型；首次运行时启动</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>运行于 {address}</translation>
    </message>
    <message>
        <source>1 model</source>
        <extracomment>The models in the local Hub cache (read again after a download). The user&apos;s Hugging Face token, for Hub downloads (app.py sets it; &quot;&quot;: none).</extracomment>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} 个模型</translation>
    </message>
    <message>
        <source>models unknown</source>
        <translation>模型未知</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
</context>
<context>
    <name>MicRecorder</name>
    <message>
        <source>The recording could not be saved.</source>
        <translation>无法保存录音。</translation>
    </message>
    <message>
        <source>Recording failed: {why}.</source>
        <translation>录音失败：{why}。</translation>
    </message>
</context>
<context>
    <name>ModelExamplesRow</name>
    <message>
        <source>From the model card:</source>
        <extracomment>The look of the task page&apos;s example chips (hfi_desktop/ui/task_page.py).</extracomment>
        <translation>来自模型卡片：</translation>
    </message>
    <message>
        <source>Example inputs the chosen model&apos;s card declares</source>
        <translation>所选模型的模型卡片中声明的示例输入</translation>
    </message>
    <message>
        <source>Fill the form with this example from the model&apos;s card</source>
        <translation>用模型卡片中的这个示例填写表单</translation>
    </message>
    <message>
        <source>The example&apos;s files cannot be downloaded now</source>
        <translation>现在无法下载该示例的文件</translation>
    </message>
    <message>
        <source>Downloading the example “{title}”…</source>
        <translation>正在下载示例“{title}”…</translation>
    </message>
    <message>
        <source>Could not download the example: {error}</source>
        <translation>无法下载示例：{error}</translation>
    </message>
</context>
<context>
    <name>PageProviders</name>
    <message>
        <source>Models that run:</source>
        <translation>可运行的模型：</translation>
    </message>
    <message>
        <source>{model} is not in your Hub cache: the local engine cannot run it until it is downloaded.</source>
        <extracomment>The providers offered as buttons under an error (the message names them all).</extracomment>
        <translation>{model} 不在你的 Hub 缓存中：下载之前，本地引擎无法运行它。</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Download {model} from the Hub into your cache</source>
        <translation>从 Hub 下载 {model} 到缓存</translation>
    </message>
    <message>
        <source>No Inference Provider serves {model} for {task} (only for {others}): it will not run.</source>
        <translation>没有推理提供商为 {task} 任务提供 {model}（仅用于 {others}）：它无法运行。</translation>
    </message>
    <message>
        <source>No Inference Provider serves {model} for {task}: it will not run.</source>
        <translation>没有推理提供商为 {task} 任务提供 {model}：它无法运行。</translation>
    </message>
    <message>
        <source>{chosen} does not serve {model} for {task}; {serving} serves it.</source>
        <translation>{chosen} 不为 {task} 任务提供 {model}；{serving} 提供。</translation>
    </message>
    <message>
        <source>{chosen} does not serve {model} for {task}; {serving} serve it.</source>
        <translation>{chosen} 不为 {task} 任务提供 {model}；{serving} 提供。</translation>
    </message>
    <message>
        <source>Use instead:</source>
        <translation>改用：</translation>
    </message>
    <message>
        <source>Send this page&apos;s calls to {provider}</source>
        <translation>将此页面的调用发送到 {provider}</translation>
    </message>
    <message>
        <source>Use {model} (served by {providers})</source>
        <translation>使用 {model}（由 {providers} 提供）</translation>
    </message>
    <message>
        <source>Run with {provider}</source>
        <translation>用 {provider} 运行</translation>
    </message>
    <message>
        <source>Choose {provider} in the Provider list and run again</source>
        <translation>在“提供商”列表中选择 {provider} 并重新运行</translation>
    </message>
</context>
<context>
    <name>PickerDelegate</name>
    <message>
        <source>live</source>
        <extracomment>A provider&apos;s status as its mark&apos;s word says it (the router&apos;s word is the key).</extracomment>
        <translation>在线</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>hf-inference (2023 API)</source>
        <extracomment>The choice of the 2023 call: provider None (hf-inference at the base URL, no look-up). The mapping&apos;s task name of chat models.</extracomment>
        <translation>hf-inference（2023 API）</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation>本地引擎</translation>
    </message>
    <message>
        <source>Auto (fastest)</source>
        <translation>自动（最快）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>{name} (local)</source>
        <translation>{name}（本地）</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>The fastest live provider (most tokens per second)</source>
        <translation>最快的在线提供商（每秒 token 数最多）</translation>
    </message>
    <message>
        <source>The first live provider that serves the model, in your order</source>
        <translation>按你的顺序，第一个提供该模型的在线提供商</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The application&apos;s default</source>
        <translation>应用的默认设置</translation>
    </message>
    <message>
        <source>The lowest price per output token</source>
        <translation>每个输出 token 价格最低</translation>
    </message>
    <message>
        <source>For chat models only</source>
        <translation>仅适用于聊天模型</translation>
    </message>
    <message>
        <source>Your order at hf.co/settings/inference-providers</source>
        <translation>按你在 hf.co/settings/inference-providers 设置的顺序</translation>
    </message>
    <message>
        <source>The first of your providers, in the order set at {page}</source>
        <translation>按 {page} 中设置的顺序，你的第一个提供商</translation>
    </message>
    <message>
        <source>Providers of this model</source>
        <translation>此模型的提供商</translation>
    </message>
    <message>
        <source>Looking up the providers of {model}…</source>
        <translation>正在查找 {model} 的提供商…</translation>
    </message>
    <message>
        <source>Could not look up its providers</source>
        <translation>无法查找其提供商</translation>
    </message>
    <message>
        <source>Choose a model from the Hub to see its providers</source>
        <translation>从 Hub 选择一个模型以查看其提供商</translation>
    </message>
    <message>
        <source>Does not serve this model for this task</source>
        <translation>不为此任务提供此模型</translation>
    </message>
    <message>
        <source>{provider}: does not serve this model for this task</source>
        <translation>{provider}：不为此任务提供此模型</translation>
    </message>
    <message>
        <source>Chosen before</source>
        <translation>之前选择的</translation>
    </message>
    <message>
        <source>{provider}: chosen before</source>
        <translation>{provider}：之前选择的</translation>
    </message>
    <message>
        <source>Without Inference Providers</source>
        <translation>不使用推理提供商</translation>
    </message>
    <message>
        <source>Chat only (an OpenAI-compatible server)</source>
        <translation>仅限聊天（兼容 OpenAI 的服务器）</translation>
    </message>
    <message>
        <source>No provider serves it for {task} (only for {others})</source>
        <translation>没有提供商为 {task} 提供它（仅用于 {others}）</translation>
    </message>
    <message>
        <source>No provider serves it for {task}</source>
        <translation>没有提供商为 {task} 提供它</translation>
    </message>
    <message>
        <source>This application cannot call {provider} for {task} yet</source>
        <translation>本应用暂时无法为 {task} 调用 {provider}</translation>
    </message>
    <message>
        <source>Staging: for tests only</source>
        <translation>预发布：仅供测试</translation>
    </message>
    <message>
        <source>Error: its last health check failed</source>
        <translation>错误：最近一次健康检查失败</translation>
    </message>
    <message>
        <source>The 2023 call, to hf-inference on the router (it serves this model)</source>
        <translation>2023 年的调用方式，经路由器发往 hf-inference（它提供此模型）</translation>
    </message>
    <message>
        <source>The 2023 call, to hf-inference: it does not serve this model (404)</source>
        <translation>2023 年的调用方式，发往 hf-inference：它不提供此模型（404）</translation>
    </message>
    <message>
        <source>The 2023 call, to hf-inference on the router: no provider look-up</source>
        <translation>2023 年的调用方式，经路由器发往 hf-inference：不查找提供商</translation>
    </message>
    <message>
        <source>Call the model the 2023 way (the seed application&apos;s call)</source>
        <translation>以 2023 年的方式调用模型（原始应用的调用）</translation>
    </message>
    <message>
        <source>{input} in · {output} out /1M</source>
        <translation>输入 {input} · 输出 {output} /百万</translation>
    </message>
    <message>
        <source>{tokens} context</source>
        <translation>{tokens} 上下文</translation>
    </message>
    <message>
        <source>{seconds} s first token</source>
        <translation>首 token {seconds} 秒</translation>
    </message>
    <message>
        <source>{rate} tok/s</source>
        <translation>{rate} token/秒</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>{model} is not on the Hub (or is private)</source>
        <extracomment>The tasks whose providers bill by the token: the router&apos;s catalogue has their prices.</extracomment>
        <translation>{model} 不在 Hub 上（或为私有）</translation>
    </message>
    <message>
        <source>the Hub answered {status}: {message}</source>
        <translation>Hub 返回 {status}：{message}</translation>
    </message>
    <message>
        <source>Providers don&apos;t apply to endpoints: the call goes to the URL in the model field, as in 2023</source>
        <translation>提供商不适用于端点：调用会像 2023 年那样发送到模型字段中的 URL</translation>
    </message>
    <message>
        <source>Providers don&apos;t apply: the Inference API URL is a server of your own (Settings ▸ Connection), where calls go as in 2023</source>
        <translation>提供商不适用：推理 API 的 URL 是你自己的服务器（设置 ▸ 连接），调用会像 2023 年那样发送到那里</translation>
    </message>
    <message>
        <source>No Inference Provider serves this page&apos;s calls: they go to hf-inference as in 2023</source>
        <translation>没有推理提供商处理此页面的调用：它们会像 2023 年那样发送到 hf-inference</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>the providers cannot be looked up now</source>
        <translation>现在无法查找提供商</translation>
    </message>
    <message>
        <source>the look-up failed: {error}</source>
        <translation>查找失败：{error}</translation>
    </message>
    <message>
        <source>Your endpoint</source>
        <translation>你的端点</translation>
    </message>
    <message>
        <source>Your server</source>
        <translation>你的服务器</translation>
    </message>
    <message>
        <source>Provider: {title}</source>
        <translation>提供商：{title}</translation>
    </message>
    <message>
        <source>The choice is remembered for this task</source>
        <translation>此任务会记住该选择</translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>No JSON yet.</source>
        <translation>还没有 JSON。</translation>
    </message>
    <message>
        <source>Result as JSON</source>
        <translation>结果的 JSON</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} 行</translation>
    </message>
</context>
<context>
    <name>ResponseDetails</name>
    <message>
        <source>Status</source>
        <extracomment>The rows&apos; keys, in English (values() is keyed by them); shown translated.</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Server warnings</source>
        <translation>服务器警告</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Run the model to see the result here</source>
        <translation>运行模型后，结果将显示在这里</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The JSON is shown when the stream ends.</source>
        <translation>流式输出结束后显示 JSON。</translation>
    </message>
</context>
<context>
    <name>ScoresViewer</name>
    <message>
        <source>Best completion</source>
        <translation>最佳补全</translation>
    </message>
    <message>
        <source>Similarity to</source>
        <translation>与以下句子的相似度</translation>
    </message>
    <message>
        <source>The model returned no scores.</source>
        <translation>模型没有返回得分。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>In your Hub cache</source>
        <translation>在你的 Hub 缓存中</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Served by Inference Providers</source>
        <translation>由推理提供商提供</translation>
    </message>
    <message>
        <source>On the Hub</source>
        <translation>Hub 上的模型</translation>
    </message>
</context>
<context>
    <name>SegmentationViewer</name>
    <message>
        <source>Mask opacity</source>
        <translation>蒙版不透明度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 个分割区域</translation>
    </message>
    <message>
        <source>{count} segments</source>
        <translation>{count} 个分割区域</translation>
    </message>
    <message>
        <source>some masks were cut short: their missing rows are empty</source>
        <translation>部分蒙版被截断：缺失的行显示为空</translation>
    </message>
    <message>
        <source>covers {share} of the image</source>
        <translation>覆盖图像的 {share}</translation>
    </message>
    <message>
        <source>the mask PNG was cut short: its missing rows are empty</source>
        <translation>蒙版 PNG 被截断：缺失的行显示为空</translation>
    </message>
</context>
<context>
    <name>ServedNote</name>
    <message>
        <source>Model note</source>
        <extracomment>(text on the chip, tooltip, what a click does)</extracomment>
        <translation>模型提示</translation>
    </message>
</context>
<context>
    <name>SpansViewer</name>
    <message>
        <source>Score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <source>The answer was not found in the context.</source>
        <translation>在上下文中未找到答案。</translation>
    </message>
    <message>
        <source>Context, the answer highlighted</source>
        <translation>上下文（答案已高亮）</translation>
    </message>
    <message>
        <source>No entities found.</source>
        <translation>未找到实体。</translation>
    </message>
    <message>
        <source>Not found in the text: {words}</source>
        <translation>在文本中未找到：{words}</translation>
    </message>
    <message>
        <source>Text, the entities highlighted</source>
        <translation>文本（实体已高亮）</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Model suggestions</source>
        <translation>模型建议</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>🔒 trusted</source>
        <translation>🔒 受信任</translation>
    </message>
    <message>
        <source>✔ trusted</source>
        <extracomment>✔, where no font has the padlock</extracomment>
        <translation>✔ 受信任</translation>
    </message>
    <message>
        <source>⚠ not trusted</source>
        <translation>⚠ 不受信任</translation>
    </message>
    <message>
        <source>the access token is sent</source>
        <translation>会发送访问令牌</translation>
    </message>
    <message>
        <source>the token is not sent</source>
        <translation>不会发送令牌</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>{model}: the task&apos;s default model</source>
        <translation>{model}：该任务的默认模型</translation>
    </message>
    <message>
        <source>{size} · task unknown</source>
        <translation>{size} · 任务未知</translation>
    </message>
    <message>
        <source>its card names no task</source>
        <translation>其模型卡片未指明任务</translation>
    </message>
    <message>
        <source>In your Hub cache: {size}, {task}</source>
        <translation>在你的 Hub 缓存中：{size}，{task}</translation>
    </message>
    <message>
        <source>{downloads} downloads · {likes} likes</source>
        <translation>{downloads} 次下载 · {likes} 个赞</translation>
    </message>
    <message>
        <source>Served for {task} by {providers}</source>
        <translation>由 {providers} 为 {task} 提供</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>正在搜索 Hub…</translation>
    </message>
    <message>
        <source>Hub unreachable: recent and default models only</source>
        <translation>无法连接 Hub：仅显示最近使用的模型和默认模型</translation>
    </message>
    <message>
        <source>No model on the Hub matches “{query}”</source>
        <translation>Hub 上没有与“{query}”匹配的模型</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>No table yet: paste cells from a spreadsheet, import a CSV file, or add a column.</source>
        <translation>还没有表格：从电子表格粘贴单元格、导入 CSV 文件，或添加一列。</translation>
    </message>
    <message>
        <source>Table input</source>
        <translation>表格输入</translation>
    </message>
    <message>
        <source>Table cells</source>
        <translation>表格单元格</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ 行</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− 行</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>+ Column</source>
        <translation>+ 列</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>添加一列</translation>
    </message>
    <message>
        <source>− Column</source>
        <translation>− 列</translation>
    </message>
    <message>
        <source>Remove the selected columns</source>
        <translation>删除所选列</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>粘贴从电子表格复制的单元格（Ctrl+V）</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every row and column</source>
        <translation>删除所有行和列</translation>
    </message>
    <message>
        <source>Name of column {number}</source>
        <translation>第 {number} 列的名称</translation>
    </message>
    <message>
        <source>Nothing to paste: copy cells from a spreadsheet first.</source>
        <translation>没有可粘贴的内容：请先从电子表格复制单元格。</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} can&apos;t be imported: this input has no loader connected.</source>
        <translation>无法导入 {name}：此输入未连接加载器。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Double-click to rename this column</source>
        <translation>双击以重命名此列</translation>
    </message>
    <message>
        <source>The table is empty: add a column and a row, paste cells, or import a CSV file.</source>
        <translation>表格为空：请添加一列和一行、粘贴单元格，或导入 CSV 文件。</translation>
    </message>
    <message>
        <source>{problem} (double-click a column name to rename it).</source>
        <translation>{problem}（双击列名可重命名）。</translation>
    </message>
    <message>
        <source>The table has no rows: add a row or paste cells.</source>
        <translation>表格没有行：请添加一行或粘贴单元格。</translation>
    </message>
</context>
<context>
    <name>TableViewer</name>
    <message>
        <source>Aggregator: {aggregator}</source>
        <translation>聚合方式：{aggregator}</translation>
    </message>
    <message>
        <source>Cells: {cells}</source>
        <translation>单元格：{cells}</translation>
    </message>
    <message>
        <source>1 prediction, in the “{column}” column</source>
        <translation>1 个预测，位于“{column}”列</translation>
    </message>
    <message>
        <source>{count} predictions, in the “{column}” column</source>
        <translation>{count} 个预测，位于“{column}”列</translation>
    </message>
    <message>
        <source>Table, the answer cells highlighted</source>
        <translation>表格（答案单元格已高亮）</translation>
    </message>
    <message>
        <source>Rows with their predictions</source>
        <translation>各行及其预测</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Clear the text</source>
        <translation>清除文本</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <source>Cancelled — partial text kept</source>
        <translation>已取消 — 已保留部分文本</translation>
    </message>
    <message>
        <source>Stopped by an error — partial text kept</source>
        <translation>因错误而停止 — 已保留部分文本</translation>
    </message>
    <message>
        <source>1 token</source>
        <extracomment>While streaming, the token count and rate change at most this often: readable, and a wrapping label&apos;s new text lays the viewer out again (and repaints it) each time. Diff mode: what a stretch of text is (&quot;insert&quot;, &quot;replace&quot;, &quot;delete&quot;), on its format.</extracomment>
        <translation>1 个 token</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <source>Result text</source>
        <translation>结果文本</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 个词</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} 个词</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/秒</translation>
    </message>
    <message>
        <source>Not in this text</source>
        <translation>此文本中没有</translation>
    </message>
    <message>
        <source>Instead of: {was}</source>
        <translation>另一文本为：{was}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>ZoomableImage</name>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>使图像适应窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
</TS>
