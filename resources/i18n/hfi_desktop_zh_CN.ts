<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>MainWindow</name>
    <message>
        <source>W&amp;elcome</source>
        <extracomment>The welcome&apos;s first example: this task&apos;s first example, ready to run.</extracomment>
        <translation>欢迎(&amp;E)</translation>
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
