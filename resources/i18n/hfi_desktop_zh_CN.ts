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
    <name>AttachmentChip</name>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Attached image {name}</source>
        <translation>已附加的图片 {name}</translation>
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
    <name>Bubble</name>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
</context>
<context>
    <name>ChatCompareWindow</name>
    <message>
        <source>Compare models · {title}</source>
        <translation>比较模型 · {title}</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>发送给全部</translation>
    </message>
    <message>
        <source>Ask every model the conversation (Ctrl+Enter)</source>
        <translation>把这段对话发给每个模型 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Stop every reply; what came is kept (Esc)</source>
        <translation>停止所有回复；已收到的内容会保留 (Esc)</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Another column (up to {count})</source>
        <translation>再加一列（最多 {count} 列）</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>另存为 Markdown…</translation>
    </message>
    <message>
        <source>Save the question and each model&apos;s answer with its figures</source>
        <translation>保存问题以及每个模型的回答和各项数据</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>比较状态</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>After 1 earlier message of the chat</source>
        <translation>接在对话中前 1 条消息之后</translation>
    </message>
    <message>
        <source>After {count} earlier messages of the chat</source>
        <translation>接在对话中前 {count} 条消息之后</translation>
    </message>
    <message>
        <source>The first message of a chat</source>
        <translation>对话的第一条消息</translation>
    </message>
    <message>
        <source> · with its system prompt</source>
        <translation> · 附带系统提示词</translation>
    </message>
    <message>
        <source>Asking {count} models…</source>
        <translation>正在询问 {count} 个模型…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>{answered} of {count} answered</source>
        <translation>{count} 个中有 {answered} 个已回答</translation>
    </message>
    <message>
        <source>All answered</source>
        <translation>全部已回答</translation>
    </message>
    <message>
        <source>Save the comparison as</source>
        <translation>将比较另存为</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>未保存：{why}</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>已保存“{name}”</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Attach image…</source>
        <translation>附加图片…</translation>
    </message>
    <message>
        <source>Attach an image for models that see them (or drop one here, or paste it with Ctrl+V)</source>
        <translation>为能看图的模型附加一张图片（也可拖放到这里，或用 Ctrl+V 粘贴）</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Images can&apos;t be loaded here.</source>
        <translation>此处无法加载图片。</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>{name} could not be loaded: {why}</source>
        <translation>无法加载 {name}：{why}</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply, keeping what came (Esc)</source>
        <translation>停止回复，保留已收到的内容 (Esc)</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息 (Enter)</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the chat as Markdown or JSON ({keys})</source>
        <translation>将对话保存为 Markdown 或 JSON ({keys})</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Model</source>
        <extracomment>What to put back in the composer if the reply in flight fails at once.
----------
The last comparison opened (None until Compare…; it closes on its own).</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a new chat (this one stays in the history)</source>
        <translation>开始新对话（当前对话保留在历史记录中）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Show or hide the system prompt, parameters, response format and tools</source>
        <translation>显示或隐藏系统提示词、参数、响应格式和工具</translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation>对话状态</translation>
    </message>
    <message>
        <source>Chat error</source>
        <translation>对话错误</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Ask several models this conversation, side by side</source>
        <translation>把这段对话同时发给多个模型，并排比较</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Message: write a message first</source>
        <translation>消息：请先写一条消息</translation>
    </message>
    <message>
        <source>An image is still loading: send once it is attached.</source>
        <translation>图片仍在加载：附加完成后再发送。</translation>
    </message>
    <message>
        <source>Message: write the message to compare the models on</source>
        <translation>消息：请写下用来比较各模型的消息</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation>未发送：{why}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Branched into a new chat: the previous one is in the history.</source>
        <translation>已分支为新对话：之前的对话在历史记录中。</translation>
    </message>
    <message>
        <source>the tool</source>
        <translation>该工具</translation>
    </message>
    <message>
        <source>The result of {name}: your message answers the tool call…</source>
        <translation>{name} 的结果：你的消息将作为该工具调用的回复…</translation>
    </message>
    <message>
        <source>Stopped: the partial reply is kept.</source>
        <translation>已停止：已保留部分回复。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not answered: {title}</source>
        <translation>未获回答：{title}</translation>
    </message>
    <message>
        <source>Busy: stop the reply first</source>
        <translation>忙碌中：请先停止回复</translation>
    </message>
    <message>
        <source>From the history</source>
        <translation>来自历史记录</translation>
    </message>
</context>
<context>
    <name>ChatSettingsPanel</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON schema</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>How the model should behave, e.g. “You are a concise assistant. Answer in English.”</source>
        <translation>模型应如何表现，例如“你是一个简洁的助手。请用中文回答。”</translation>
    </message>
    <message>
        <source>Parameters ({count})</source>
        <translation>参数 ({count})</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>Valid JSON schema</source>
        <translation>JSON schema 有效</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Valid tools</source>
        <translation>工具定义有效</translation>
    </message>
    <message>
        <source>JSON schema: {why}</source>
        <translation>JSON schema：{why}</translation>
    </message>
</context>
<context>
    <name>ChatThreadView</name>
    <message>
        <source>Chat thread</source>
        <translation>对话内容</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>↓ Jump to the end</source>
        <translation>↓ 跳到末尾</translation>
    </message>
    <message>
        <source>Jump to the end of the chat</source>
        <translation>跳到对话末尾</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>想聊些什么？</translation>
    </message>
    <message>
        <source>Write a message below, or start from an example. Drop or paste images for models that see them.</source>
        <translation>在下方输入消息，或从示例开始。能看图的模型可以接收拖放或粘贴的图片。</translation>
    </message>
    <message>
        <source>Example: {title}</source>
        <translation>示例：{title}</translation>
    </message>
    <message>
        <source>System: {prompt}</source>
        <translation>系统：{prompt}</translation>
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
    <name>ColumnSnippets</name>
    <message>
        <source>Copy this column&apos;s request as code, with its model and provider ({keys}: the language last chosen)</source>
        <translation>将这一列的请求复制为代码，包含其模型和提供商（{keys}：上次选择的语言）</translation>
    </message>
</context>
<context>
    <name>CompareByProvider</name>
    <message>
        <source>Fill the columns with the reference&apos;s model on each provider that serves it for this task (live ones first, at most {})</source>
        <translation>用基准列的模型填满各列，每列一个为此任务提供该模型的提供商（在线的优先，最多 {} 个）</translation>
    </message>
    <message>
        <source>No Inference Provider serves {task}: its calls go to hf-inference as in 2023.</source>
        <translation>没有推理提供商提供“{task}”：其调用像 2023 年那样发往 hf-inference。</translation>
    </message>
    <message>
        <source>Providers don&apos;t apply: the Inference API URL is a server of your own (Settings ▸ Connection).</source>
        <translation>提供商不适用：推理 API 地址是你自己的服务器（设置 ▸ 连接）。</translation>
    </message>
    <message>
        <source>{model} is not a model of the Hub: providers serve Hub models only.</source>
        <translation>{model} 不是 Hub 上的模型：提供商只提供 Hub 模型。</translation>
    </message>
    <message>
        <source>The model is not a model of the Hub: providers serve Hub models only.</source>
        <translation>该模型不是 Hub 上的模型：提供商只提供 Hub 模型。</translation>
    </message>
    <message>
        <source>Cannot list the providers of {model}: {why}</source>
        <translation>无法列出 {model} 的提供商：{why}</translation>
    </message>
    <message>
        <source>only {provider} serves it</source>
        <translation>只有 {provider} 提供它</translation>
    </message>
    <message>
        <source>no provider serves it</source>
        <translation>没有提供商提供它</translation>
    </message>
    <message>
        <source>{model} cannot be compared across providers: {only} for {task}.</source>
        <translation>{model} 无法在提供商之间比较：对于 {task}，{only}。</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Stopped: the partial reply is kept.</source>
        <translation>已停止：已保留部分回复。</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>流式传输中…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>移除此列</translation>
    </message>
    <message>
        <source>Reply figures</source>
        <translation>回复数据</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>{s} s to first token · streaming…</source>
        <translation>首个 token 用时 {s} 秒 · 流式传输中…</translation>
    </message>
</context>
<context>
    <name>CompareManager</name>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Send the page&apos;s inputs to several models at once</source>
        <translation>把页面的输入同时发给多个模型</translation>
    </message>
    <message>
        <source>Open comparison…</source>
        <translation>打开比较…</translation>
    </message>
    <message>
        <source>Send these inputs to several models at once, side by side</source>
        <translation>把这些输入同时发给多个模型，并排比较</translation>
    </message>
    <message>
        <source>Choose a task first: a comparison sends that task&apos;s inputs.</source>
        <translation>请先选择任务：比较会发送该任务的输入。</translation>
    </message>
    <message>
        <source>{name}: a comparison of a task this version does not have</source>
        <translation>{name}：该比较所属的任务在此版本中不存在</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>无法打开 {name}。</translation>
    </message>
    <message>
        <source>Open comparison</source>
        <translation>打开比较</translation>
    </message>
</context>
<context>
    <name>CompareMarks</name>
    <message>
        <source>only here</source>
        <translation>仅此处有</translation>
    </message>
    <message>
        <source>not found here</source>
        <translation>此处未找到</translation>
    </message>
    <message>
        <source>Against {name}: {summary}</source>
        <translation>对比 {name}：{summary}</translation>
    </message>
    <message>
        <source>{count} label not returned (—)</source>
        <translation>{count} 个标签未返回 (—)</translation>
    </message>
    <message>
        <source>{count} labels not returned (—)</source>
        <translation>{count} 个标签未返回 (—)</translation>
    </message>
    <message>
        <source>box</source>
        <translation>框</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>框</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>{label} in {name}</source>
        <translation>{name} 中为 {label}</translation>
    </message>
    <message>
        <source>missed by {names}</source>
        <translation>{names} 漏检</translation>
    </message>
    <message>
        <source>labelled differently</source>
        <translation>标签不同</translation>
    </message>
    <message>
        <source>missed by others</source>
        <translation>其他模型漏检</translation>
    </message>
    <message>
        <source>{count} {noun} {what}</source>
        <translation>{count} 个{noun}{what}</translation>
    </message>
</context>
<context>
    <name>CompareSnapshot</name>
    <message>
        <source>Parameters: {list}</source>
        <extracomment>The key of a form&apos;s options that holds its calls&apos; provider (``TaskPage.form``).</extracomment>
        <translation>参数：{list}</translation>
    </message>
    <message>
        <source>(empty form)</source>
        <translation>（空表单）</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>The reference ({}) has no result to compare with.</source>
        <translation>基准列 ({}) 没有可供比较的结果。</translation>
    </message>
    <message>
        <source>Use the page&apos;s form</source>
        <translation>使用页面的表单</translation>
    </message>
    <message>
        <source>Take the inputs, parameters and options that the task&apos;s page holds now</source>
        <translation>采用任务页面当前的输入、参数和选项</translation>
    </message>
    <message>
        <source>+ Add model</source>
        <translation>+ 添加模型</translation>
    </message>
    <message>
        <source>Same model, other providers</source>
        <translation>同一模型，其他提供商</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>Send the same request to every model at once (Ctrl+Enter)</source>
        <translation>把同一请求同时发给每个模型 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>突出显示差异</translation>
    </message>
    <message>
        <source>Compare every model with the reference column</source>
        <translation>将每个模型与基准列比较</translation>
    </message>
    <message>
        <source>Same zoom and position</source>
        <translation>同步缩放和位置</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the comparison as a {suffix} file (Ctrl+S)</source>
        <translation>将比较保存为 {suffix} 文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>全部保存…</translation>
    </message>
    <message>
        <source>Save every model&apos;s result into a folder</source>
        <translation>将每个模型的结果保存到文件夹</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>比较模型</translation>
    </message>
    <message>
        <source>Inputs: {summary}</source>
        <translation>输入：{summary}</translation>
    </message>
    <message>
        <source>The page&apos;s form will be sent at the next run.</source>
        <translation>下次运行时将发送页面的表单。</translation>
    </message>
    <message>
        <source>Add a model to compare</source>
        <translation>添加要比较的模型</translation>
    </message>
    <message>
        <source>At most {count} models</source>
        <translation>最多 {count} 个模型</translation>
    </message>
    <message>
        <source>{model} on {count} providers: {names}. Run all to compare them.</source>
        <translation>{model} 在 {count} 个提供商上：{names}。点击“全部运行”进行比较。</translation>
    </message>
    <message>
        <source>Not sent: {why} — fix it on the page, then “Use the page&apos;s form”.</source>
        <translation>未发送：{why} — 请在页面上修正，然后点击“使用页面的表单”。</translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation>未发送：{why}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source> · against the reference (framed)</source>
        <translation> · 相对于基准列（带边框）</translation>
    </message>
    <message>
        <source>Rows in the reference&apos;s order (framed); — : not returned by that model</source>
        <translation>各行按基准列的顺序排列（带边框）；— ：该模型未返回</translation>
    </message>
    <message>
        <source>dashed: only this model</source>
        <translation>虚线：仅此模型有</translation>
    </message>
    <message>
        <source>wavy: only this model</source>
        <translation>波浪线：仅此模型有</translation>
    </message>
    <message>
        <source>dotted: not found by this model</source>
        <translation>点线：此模型未找到</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>已保存为 {name}</translation>
    </message>
    <message>
        <source>Compare models — {task}</source>
        <translation>比较模型 — {task}</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <source>{model} on {provider}</source>
        <translation>{provider} 上的 {model}</translation>
    </message>
    <message>
        <source>Comparisons (*{suffix})</source>
        <translation>比较文件 (*{suffix})</translation>
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
    <name>DragHandle</name>
    <message>
        <source>Run the model first: its result can then be dragged out as a file</source>
        <translation>请先运行模型：之后可将结果作为文件拖出</translation>
    </message>
    <message>
        <source>⠿ Drag out</source>
        <translation>⠿ 拖出</translation>
    </message>
    <message>
        <source>Drag the result out as a file</source>
        <translation>将结果作为文件拖出</translation>
    </message>
    <message>
        <source>Drag “{name}” to a folder or another application</source>
        <translation>将“{name}”拖到文件夹或其他应用程序</translation>
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
    <name>ExportDialogs</name>
    <message>
        <source>Save result as</source>
        <translation>将结果另存为</translation>
    </message>
    <message>
        <source>Save all into folder</source>
        <translation>全部保存到文件夹</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>保存到此处</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 以及另外 {count} 个</translation>
    </message>
    <message>
        <source>Replace existing files?</source>
        <translation>替换已有文件？</translation>
    </message>
    <message>
        <source>{count} file already exists in “{folder}”:</source>
        <translation>“{folder}”中已存在 {count} 个文件：</translation>
    </message>
    <message>
        <source>{count} files already exist in “{folder}”:</source>
        <translation>“{folder}”中已存在 {count} 个文件：</translation>
    </message>
    <message>
        <source>Replace them, or keep them and save the new files under new names (“name (2).png”)?</source>
        <translation>替换它们，还是保留它们并以新名称（“name (2).png”）保存新文件？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>都保留</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the current result to a file</source>
        <translation>将当前结果保存到文件</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>全部保存…</translation>
    </message>
    <message>
        <source>Save the current result in every format, into a folder</source>
        <translation>将当前结果以所有格式保存到文件夹</translation>
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
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <extracomment>The window&apos;s &quot;show this task&apos;s page&quot; (``MainWindow.show_task``); KeyError: unknown task.</extracomment>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the history of runs ({keys})</source>
        <translation>显示或隐藏运行历史记录 ({keys})</translation>
    </message>
    <message>
        <source>Unknown task {task}: can&apos;t open this run</source>
        <translation>未知任务 {task}：无法打开此次运行</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No runs yet.
Every run you make on a task page appears here.</source>
        <translation>还没有运行记录。
你在任务页面上的每次运行都会显示在这里。</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>没有符合筛选条件的运行。</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>Saves a run (the export feature sets it); None disables Save….</extracomment>
        <translation>任务</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Model contains…</source>
        <translation>模型包含…</translation>
    </message>
    <message>
        <source>Model contains</source>
        <translation>模型包含</translation>
    </message>
    <message>
        <source>Clear the model filter</source>
        <translation>清除模型筛选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Search inputs and results…</source>
        <translation>搜索输入和结果…</translation>
    </message>
    <message>
        <source>Search inputs and results</source>
        <translation>搜索输入和结果</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show this run on its task page (Enter)</source>
        <translation>在其任务页面上显示此次运行 (Enter)</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Fill its task page with this run&apos;s inputs and run it</source>
        <translation>用此次运行的输入填写其任务页面并运行</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this run&apos;s result to a file</source>
        <translation>将此次运行的结果保存到文件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected runs from the history (Delete)</source>
        <translation>从历史记录中删除所选运行 (Delete)</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>全部清除…</translation>
    </message>
    <message>
        <source>Delete every run and every stored file</source>
        <translation>删除所有运行和所有已存储的文件</translation>
    </message>
    <message>
        <source>{count} run</source>
        <translation>{count} 次运行</translation>
    </message>
    <message>
        <source>{count} runs</source>
        <translation>{count} 次运行</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <source>Delete every run in the history, and the input files and results kept with them?
This can&apos;t be undone.</source>
        <translation>删除历史记录中的所有运行，以及随之保存的输入文件和结果？
此操作无法撤销。</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Input → Result</source>
        <translation>输入 → 结果</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>The RunSummary of a row (any column).</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>{state} · partial</source>
        <translation>{state} · 部分</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} 分 {s} 秒</translation>
    </message>
    <message>
        <source>the text received before it stopped is kept</source>
        <translation>已保留停止前收到的文本</translation>
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
    <name>InputSummary</name>
    <message>
        <source>a line of text</source>
        <extracomment>What each kind of field takes, as the page&apos;s reader says it.</extracomment>
        <translation>一行文本</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>一段文本</translation>
    </message>
    <message>
        <source>an image: a file, dropped or pasted</source>
        <translation>一张图片：文件、拖放或粘贴</translation>
    </message>
    <message>
        <source>a sound clip: a file or a recording</source>
        <translation>一段音频：文件或录音</translation>
    </message>
    <message>
        <source>a table: typed, pasted or a CSV file</source>
        <translation>一个表格：输入、粘贴或 CSV 文件</translation>
    </message>
    <message>
        <source>one or more entries</source>
        <translation>一个或多个条目</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>一段对话</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>一个选项</translation>
    </message>
    <message>
        <source>any file</source>
        <translation>任意文件</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source>Valid JSON</source>
        <translation>JSON 有效</translation>
    </message>
    <message>
        <source>{name} check</source>
        <translation>{name}检查</translation>
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
    <name>MainWindow</name>
    <message>
        <source>W&amp;elcome</source>
        <extracomment>The welcome&apos;s first example: this task&apos;s first example, ready to run.</extracomment>
        <translation>欢迎(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Stopped — partial reply kept</source>
        <extracomment>Tool call arguments longer than this are shown as they came (not indented).</extracomment>
        <translation>已停止 — 已保留部分回复</translation>
    </message>
    <message>
        <source>Interrupted — the application stopped during this reply</source>
        <translation>已中断 — 应用程序在此回复期间停止</translation>
    </message>
    <message>
        <source>Reply state</source>
        <translation>回复状态</translation>
    </message>
    <message>
        <source>Reply error</source>
        <translation>回复错误</translation>
    </message>
    <message>
        <source>Reply figures</source>
        <translation>回复数据</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message&apos;s text</source>
        <translation>复制消息的文本</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit this message and send it again</source>
        <translation>编辑此消息并重新发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Ask the model for another reply (the first is kept as version 1)</source>
        <translation>让模型重新回复（第一次回复保留为版本 1）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Start a new chat with the messages up to this one</source>
        <translation>用截至此条的消息开始新对话</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <source>Show the previous version of this message</source>
        <translation>显示此消息的上一个版本</translation>
    </message>
    <message>
        <source>Show the next version of this message</source>
        <translation>显示此消息的下一个版本</translation>
    </message>
    <message>
        <source>Calls {name}</source>
        <translation>调用 {name}</translation>
    </message>
    <message>
        <source>Tool call {name}</source>
        <translation>工具调用 {name}</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>编辑你的消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>ModelColumn</name>
    <message>
        <source>Run this model again, alone</source>
        <extracomment>At least this wide, and never narrower than its header&apos;s row needs (then the comparison scrolls sideways). Narrower than this, the model field leaves out its &quot;Open on the Hub&quot; link. The model box&apos;s width in characters (the page&apos;s is wider; columns are narrow). The provider picker&apos;s width in characters (a longer name is elided; its list is wider).</extracomment>
        <translation>单独再次运行此模型</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>移除此模型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Compare the other models with this one</source>
        <translation>将其他模型与此模型比较</translation>
    </message>
    <message>
        <source>Cannot show this result</source>
        <translation>无法显示此结果</translation>
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
    <name>PageExport</name>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the result to a file ({keys})</source>
        <translation>将结果保存到文件 ({keys})</translation>
    </message>
    <message>
        <source>Save all…</source>
        <translation>全部保存…</translation>
    </message>
    <message>
        <source>Save the result in every format that fits, with a manifest, into a folder</source>
        <translation>将结果以所有适用的格式连同清单一起保存到文件夹</translation>
    </message>
    <message>
        <source>Dragged out “{name}” — {note}</source>
        <translation>已拖出“{name}” — {note}</translation>
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
    <name>ReplyRunner</name>
    <message>
        <source>You chose not to send your access token to this host; nothing was sent.</source>
        <extracomment>Whether any of the reply arrived (text, reasoning or a tool call).</extracomment>
        <translation>你选择了不向此主机发送访问令牌；未发送任何内容。</translation>
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
    <name>RestoreRecord</name>
    <message>
        <source>The application stopped before this run finished.</source>
        <translation>应用程序在此次运行完成前停止了。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Busy: cancel the current run first</source>
        <translation>忙碌中：请先取消当前运行</translation>
    </message>
    <message>
        <source>{name} was not kept in the history{why}: choose the file again to run this again.</source>
        <translation>{name} 未保存在历史记录中{why}：请重新选择该文件以再次运行。</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>it was over the size cap</source>
        <translation>超出了大小上限</translation>
    </message>
    <message>
        <source>The result was not kept</source>
        <translation>结果未保存</translation>
    </message>
    <message>
        <source>{name} could not be kept in the history: {why}.</source>
        <translation>{name} 无法保存在历史记录中：{why}。</translation>
    </message>
    <message>
        <source>From the history · {state} (partial) · {when}</source>
        <translation>来自历史记录 · {state}（部分） · {when}</translation>
    </message>
    <message>
        <source>From the history · {state} · {when}</source>
        <translation>来自历史记录 · {state} · {when}</translation>
    </message>
    <message>
        <source>the application stopped before the end</source>
        <translation>应用程序在结束前停止了</translation>
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
    <name>ResultSaver</name>
    <message>
        <source>Saved {count} files in “{folder}” (manifest.json)</source>
        <translation>已在“{folder}”中保存 {count} 个文件 (manifest.json)</translation>
    </message>
    <message>
        <source>; {count} left out: {why}</source>
        <translation>；{count} 个未保存：{why}</translation>
    </message>
    <message>
        <source>Save cancelled: nothing was written.</source>
        <translation>已取消保存：未写入任何内容。</translation>
    </message>
    <message>
        <source>Save failed: {why}</source>
        <translation>保存失败：{why}</translation>
    </message>
    <message>
        <source>Nothing to save yet: run the model first.</source>
        <translation>还没有可保存的内容：请先运行模型。</translation>
    </message>
    <message>
        <source>Saved “{name}” ({size})</source>
        <translation>已保存“{name}” ({size})</translation>
    </message>
    <message>
        <source>Saved {count} files: “{name}” and {more} more ({size})</source>
        <translation>已保存 {count} 个文件：“{name}”及另外 {more} 个 ({size})</translation>
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
    <name>Shortcut</name>
    <message>
        <source>Run every column</source>
        <translation>运行每一列</translation>
    </message>
    <message>
        <source>Cancel every column&apos;s call</source>
        <translation>取消每一列的调用</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <source>Save the result to a file</source>
        <translation>将结果保存到文件</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>删除所选运行</translation>
    </message>
    <message>
        <source>Open the selected run on its page</source>
        <translation>在其页面上打开所选运行</translation>
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
    <name>StatsLine</name>
    <message>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>first token {s} s</source>
        <translation>首个 token {s} 秒</translation>
    </message>
    <message>
        <source>then {rate} tok/s</source>
        <translation>之后 {rate} token/秒</translation>
    </message>
    <message>
        <source>first byte {s} s</source>
        <translation>首字节 {s} 秒</translation>
    </message>
    <message>
        <source>{rate} tok/s</source>
        <translation>{rate} token/秒</translation>
    </message>
    <message>
        <source>total {s} s</source>
        <translation>总计 {s} 秒</translation>
    </message>
    <message>
        <source>{prompt} in + {completion} out tokens</source>
        <translation>输入 {prompt} + 输出 {completion} token</translation>
    </message>
    <message>
        <source>{count} token</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <source>First token: {s} s after the request was sent</source>
        <translation>首个 token：请求发出后 {s} 秒</translation>
    </message>
    <message>
        <source>First byte: the answer began to arrive {s} s after the call&apos;s first request</source>
        <translation>首字节：调用的第一个请求发出后 {s} 秒开始收到回答</translation>
    </message>
    <message>
        <source>Total: {s} s</source>
        <translation>总计：{s} 秒</translation>
    </message>
    <message>
        <source>{rate} tokens per second after the first token ({tokens} streamed)</source>
        <translation>首个 token 之后每秒 {rate} 个 token（流式接收 {tokens}）</translation>
    </message>
    <message>
        <source>{rate} tokens per second ({tokens} streamed)</source>
        <translation>每秒 {rate} 个 token（流式接收 {tokens}）</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Tokens as the answer reports them: {counts}</source>
        <translation>回答中报告的 token 数：{counts}</translation>
    </message>
    <message>
        <source>Answered by {provider}</source>
        <translation>由 {provider} 回答</translation>
    </message>
    <message>
        <source>Cost ≈ {cost}: {prompt} prompt tokens at ${input} and {completion} completion tokens at ${output} per million, {provider}&apos;s prices for {model} in the router&apos;s list of models ({source}, read {read}). What is billed may differ.</source>
        <translation>费用 ≈ {cost}：{prompt} 个提示词 token，每百万 ${input}；{completion} 个补全 token，每百万 ${output}。价格为路由器模型列表中 {provider} 对 {model} 的报价（{source}，读取于 {read}）。实际计费可能不同。</translation>
    </message>
    <message>
        <source>No cost: which provider answered is not known</source>
        <translation>无费用信息：不知道是哪个提供商回答的</translation>
    </message>
    <message>
        <source>No cost: the router lists no prices of {model} on {provider}</source>
        <translation>无费用信息：路由器未列出 {model} 在 {provider} 上的价格</translation>
    </message>
    <message>
        <source>Run figures</source>
        <translation>运行数据</translation>
    </message>
</context>
<context>
    <name>StorageNotices</name>
    <message>
        <source>History not saved</source>
        <translation>历史记录未保存</translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation>历史记录已修复</translation>
    </message>
    <message>
        <source>The runs that were waiting are saved in the history now.</source>
        <translation>等待中的运行现已保存到历史记录。</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Write these runs (and their files) to a folder you choose</source>
        <translation>将这些运行（及其文件）写入你选择的文件夹</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try to save them in the history now</source>
        <translation>立即尝试将它们保存到历史记录</translation>
    </message>
    <message>
        <source>Runs not saved</source>
        <translation>运行未保存</translation>
    </message>
    <message>
        <source>1 run is not saved in the history.</source>
        <translation>有 1 次运行未保存到历史记录。</translation>
    </message>
    <message>
        <source>{count} runs are not saved in the history.</source>
        <translation>有 {count} 次运行未保存到历史记录。</translation>
    </message>
    <message>
        <source>the history cannot take them now</source>
        <translation>历史记录暂时无法接收它们</translation>
    </message>
    <message>
        <source>{reason}. If you quit now, it is lost; Save… writes it to a folder of your choice first.</source>
        <translation>{reason}。如果现在退出，它将丢失；“保存…”可先将它写入你选择的文件夹。</translation>
    </message>
    <message>
        <source>{reason}. If you quit now, they are lost; Save… writes them to a folder of your choice first.</source>
        <translation>{reason}。如果现在退出，它们将丢失；“保存…”可先将它们写入你选择的文件夹。</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>退出且不保存</translation>
    </message>
    <message>
        <source>The history was repaired.</source>
        <translation>历史记录已修复。</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 以及另外 {count} 个</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 run is not saved in the history&lt;/b&gt;{why}: {listed}. Kept in memory and saved as soon as the history can take it. Save… writes it to a folder of your choice now.</source>
        <translation>&lt;b&gt;有 1 次运行未保存到历史记录&lt;/b&gt;{why}：{listed}。它暂存在内存中，历史记录一旦可以接收就会保存。“保存…”可立即将它写入你选择的文件夹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} runs are not saved in the history&lt;/b&gt;{why}: {listed}. Kept in memory and saved as soon as the history can take them. Save… writes them to a folder of your choice now.</source>
        <translation>&lt;b&gt;有 {count} 次运行未保存到历史记录&lt;/b&gt;{why}：{listed}。它们暂存在内存中，历史记录一旦可以接收就会保存。“保存…”可立即将它们写入你选择的文件夹。</translation>
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
    <name>TaskPage</name>
    <message>
        <source>Fill in the form or click an example, then press Run ({keys}): the result shows here.</source>
        <extracomment>A past run (history) is on show; ``last_run`` is it (not emitted for new runs). An input, the model, a parameter or an option changed. (bool) The result on show started or stopped matching the form (result_freshness).</extracomment>
        <translation>填写表单或点击一个示例，然后按“运行”（{keys}）：结果将显示在这里。</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Try the models of the Hugging Face Hub on your own text, images and sound: choose a task, type or drop an input, press Run.&lt;br&gt;Compare models side by side, keep every run in the history, and copy a run as code for your own programs.&lt;br&gt;Calls go to Inference Providers through Hugging Face, to your own endpoints, or to models running on this computer.</source>
        <translation>用你自己的文本、图片和声音试用 Hugging Face Hub 上的模型：选择一个任务，输入或拖入内容，按“运行”。&lt;br&gt;并排比较模型，每次运行都保存在历史记录中，还可以把一次运行复制为代码，用在你自己的程序里。&lt;br&gt;调用经由 Hugging Face 发往推理提供商、你自己的端点，或在本机运行的模型。</translation>
    </message>
    <message>
        <source>Open {task} with an example</source>
        <translation>打开“{task}”并填入示例</translation>
    </message>
    <message>
        <source>Add an access token…</source>
        <translation>添加访问令牌…</translation>
    </message>
    <message>
        <source>How do I get one?</source>
        <translation>如何获取？</translation>
    </message>
    <message>
        <source>Try it on this computer</source>
        <translation>在本机试用</translation>
    </message>
    <message>
        <source>Try a public example</source>
        <translation>试用公开示例</translation>
    </message>
    <message>
        <source>Run a first example</source>
        <translation>运行第一个示例</translation>
    </message>
    <message>
        <source>{task}: {summary} The example fills in the form; then press Run.</source>
        <translation>{task}：{summary} 示例会填好表单，然后按“运行”。</translation>
    </message>
    <message>
        <source>Add your Hugging Face token</source>
        <translation>添加你的 Hugging Face 访问令牌</translation>
    </message>
    <message>
        <source>Many models answer only with one, and it raises your limits. It is free: on &lt;a href=&apos;{url}&apos;&gt;huggingface.co/settings/tokens&lt;/a&gt; create a fine-grained token with the permission &lt;b&gt;{permission}&lt;/b&gt;, copy it and paste it after “Add an access token…”: the app checks it with the Hub.</source>
        <translation>许多模型只在有令牌时才会应答，令牌还能提高你的额度。它是免费的：在 &lt;a href=&apos;{url}&apos;&gt;huggingface.co/settings/tokens&lt;/a&gt; 创建一个细粒度（fine-grained）令牌，勾选权限 &lt;b&gt;{permission}&lt;/b&gt;，复制后点击“添加访问令牌…”粘贴：应用会向 Hub 核验它。</translation>
    </message>
    <message>
        <source>Try without a token</source>
        <translation>无需令牌试用</translation>
    </message>
    <message>
        <source>The local engine runs Hub models on this computer (downloaded once, then offline): this opens {task} with its example, “On this computer” chosen.</source>
        <translation>本地引擎在本机运行 Hub 上的模型（下载一次，之后可离线）：这会打开“{task}”并填入示例，提供商选为“本机”。</translation>
    </message>
    <message>
        <source>Public examples run without a token, within lower limits. To run models on this computer, install the local extra: {command}</source>
        <translation>公开示例无需令牌即可运行，但额度较低。若要在本机运行模型，请安装 local 扩展：{command}</translation>
    </message>
    <message>
        <source>Or choose any task on the left ({keys} filters them). Help ▸ Keyboard shortcuts lists every shortcut.</source>
        <translation>也可以在左侧选择任意任务（{keys} 可筛选）。“帮助 ▸ 键盘快捷键”列出了所有快捷键。</translation>
    </message>
    <message>
        <source>Welcome to Hugging Face Inference</source>
        <translation>欢迎使用 Hugging Face 推理</translation>
    </message>
    <message>
        <source>Try a model on your own input</source>
        <translation>用你自己的输入试用模型</translation>
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
