<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>ReplyRunner</name>
    <message>
        <source>You chose not to send your access token to this host; nothing was sent.</source>
        <extracomment>Whether any of the reply arrived (text, reasoning or a tool call).</extracomment>
        <translation>你选择了不向此主机发送访问令牌；未发送任何内容。</translation>
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
    <name>TaskPage</name>
    <message>
        <source>Fill in the form or click an example, then press Run ({keys}): the result shows here.</source>
        <extracomment>A past run (history) is on show; ``last_run`` is it (not emitted for new runs). An input, the model, a parameter or an option changed. (bool) The result on show started or stopped matching the form (result_freshness).</extracomment>
        <translation>填写表单或点击一个示例，然后按“运行”（{keys}）：结果将显示在这里。</translation>
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
</TS>
