<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Inference Providers documentation</source>
        <translation>推理提供商文档</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Try Hugging Face models on your own inputs, compare them side by side, save the results.</source>
        <translation>用您自己的输入试用 Hugging Face 模型，并排比较它们，保存结果。</translation>
    </message>
    <message>
        <source>The app&apos;s own licence is not declared yet. Qt and Qt for Python (PySide6) are used under the GNU LGPL v3.</source>
        <translation>本应用自身的许可证尚未声明。Qt 和 Qt for Python（PySide6）依据 GNU LGPL v3 使用。</translation>
    </message>
</context>
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
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>Who pays for calls through Inference Providers: your account, or an organization you belong to that has a Team or Enterprise plan (X-HF-Bill-To).</source>
        <translation>通过推理提供商的调用由谁付费：您的账户，或您所属的、拥有 Team 或 Enterprise 方案的组织（X-HF-Bill-To）。</translation>
    </message>
    <message>
        <source>No system keyring works here, so the token is kept in {path}, a file only you can read (0600).</source>
        <translation>此处没有可用的系统密钥环，因此令牌保存在 {path}，这是只有您能读取的文件（0600）。</translation>
    </message>
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
        <source>The token is looked for in this order: saved in this app, the HF_TOKEN environment variable, the file “hf auth login” writes ({path}). It is never written to logs, history or saved results.</source>
        <translation>按以下顺序查找令牌：保存在本应用中的、HF_TOKEN 环境变量、“hf auth login” 写入的文件（{path}）。令牌永远不会写入日志、历史记录或保存的结果。</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>无令牌</translation>
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
        <source>Could not check: {error}</source>
        <translation>无法检查：{error}</translation>
    </message>
    <message>
        <source>You are not a member of {organization}, the Hub says: calls billed to it will be refused.</source>
        <translation>Hub 表示您不是 {organization} 的成员：向其计费的调用将被拒绝。</translation>
    </message>
    <message>
        <source>Calls through Inference Providers are billed to {organization}.</source>
        <translation>通过推理提供商的调用将计费给 {organization}。</translation>
    </message>
    <message>
        <source>Calls through Inference Providers are billed to your personal account.</source>
        <translation>通过推理提供商的调用将计费给您的个人账户。</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Saved, but the token in use is still the one {source}.</source>
        <translation>已保存，但正在使用的令牌仍是{source}的那个。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>未移除：{error}</translation>
    </message>
    <message>
        <source>Now using the token {source}.</source>
        <translation>现在使用{source}的令牌。</translation>
    </message>
    <message>
        <source>Removed from this app.</source>
        <translation>已从本应用中移除。</translation>
    </message>
    <message>
        <source>from the app&apos;s keyring</source>
        <extracomment>Where the token comes from, as TokenSource.describe() says it (translated here; the path of &quot;hf auth login&quot;&apos;s file comes from describe()).</extracomment>
        <translation>来自本应用的密钥环</translation>
    </message>
    <message>
        <source>from the app&apos;s token file (readable only by you)</source>
        <translation>来自本应用的令牌文件（只有您能读取）</translation>
    </message>
    <message>
        <source>from HF_TOKEN</source>
        <translation>来自 HF_TOKEN</translation>
    </message>
    <message>
        <source>from {path}</source>
        <translation>来自 {path}</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Set by the HF_TOKEN environment variable: Replace saves another one in this app, which comes first; to stop using it, unset HF_TOKEN.</source>
        <translation>由 HF_TOKEN 环境变量设置：“替换”会在本应用中保存另一个令牌，它优先使用；要停止使用此令牌，请取消设置 HF_TOKEN。</translation>
    </message>
    <message>
        <source>Written by “hf auth login”: Replace saves another one in this app, which comes first; “hf auth logout” removes that file.</source>
        <translation>由 “hf auth login” 写入：“替换”会在本应用中保存另一个令牌，它优先使用；“hf auth logout” 会删除该文件。</translation>
    </message>
</context>
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
    <name>App</name>
    <message>
        <source> (process {pid})</source>
        <translation>（进程 {pid}）</translation>
    </message>
    <message>
        <source>Another Hugging Face Inference window{process} is open on this data folder but did not answer within {seconds} s, so this window opened on its own. Both use the same history; if the other one is stuck, close it.</source>
        <translation>另一个 Hugging Face Inference 窗口{process}已在此数据文件夹上打开，但 {seconds} 秒内没有应答，因此本窗口独立打开。两者使用同一历史记录；如果另一个窗口卡住了，请关闭它。</translation>
    </message>
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
    <name>ArenaManager</name>
    <message>
        <source>Arena…</source>
        <extracomment>Targets put in a new arena&apos;s pool: the page&apos;s model and the task&apos;s recent models.</extracomment>
        <translation>竞技场…</translation>
    </message>
    <message>
        <source>Two hidden models answer the page&apos;s inputs; vote for the better</source>
        <translation>两个隐藏的模型回答页面的输入；投票选出更好的</translation>
    </message>
    <message>
        <source>Arena &amp;leaderboard…</source>
        <translation>竞技场排行榜(&amp;L)…</translation>
    </message>
    <message>
        <source>Send these inputs to two hidden models and vote for the better</source>
        <translation>把这些输入发给两个隐藏的模型，投票选出更好的</translation>
    </message>
    <message>
        <source>Choose a task first: the arena sends that task&apos;s inputs.</source>
        <translation>请先选择一个任务：竞技场发送该任务的输入。</translation>
    </message>
    <message>
        <source>Choose a task first: the leaderboard is the task&apos;s.</source>
        <translation>请先选择一个任务：排行榜属于该任务。</translation>
    </message>
</context>
<context>
    <name>ArenaSide</name>
    <message>
        <source>The model is named after your vote</source>
        <extracomment>The panel&apos;s tabs that name the model (JSON: a chat answer&apos;s &quot;model&quot;; Details).</extracomment>
        <translation>投票后才显示模型名称</translation>
    </message>
    <message>
        <source>Finished (its figures after your vote)</source>
        <translation>已完成（投票后显示其数据）</translation>
    </message>
    <message>
        <source>{letter}: {target} · {seconds:.2f} s</source>
        <translation>{letter}：{target} · {seconds:.2f} 秒</translation>
    </message>
    <message>
        <source>{letter}: {target} · no answer</source>
        <translation>{letter}：{target} · 没有回答</translation>
    </message>
</context>
<context>
    <name>ArenaWindow</name>
    <message>
        <source>A is better</source>
        <translation>A 更好</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B 更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>Models</source>
        <extracomment>The provider a target without one is sent to (the page&apos;s choice when opened).</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>One model a line, a provider after it if you like (org/model together); each round draws two</source>
        <translation>每行一个模型，可在其后写提供商（org/model together）；每轮抽取两个</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>开始一轮</translation>
    </message>
    <message>
        <source>Leaderboard…</source>
        <translation>排行榜…</translation>
    </message>
    <message>
        <source>A note on this vote (optional)</source>
        <translation>对这次投票的备注（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Arena — {task}</source>
        <translation>竞技场 — {task}</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>竞技场</translation>
    </message>
    <message>
        <source>Two models answer; vote for the better answer, then see who they were</source>
        <translation>两个模型作答；投票选出更好的回答，然后查看它们是谁</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>The page&apos;s form will be sent at the next round.</source>
        <translation>下一轮将发送页面的表单。</translation>
    </message>
    <message>
        <source>{why} Add models to the list, one a line.</source>
        <translation>{why} 请在列表中添加模型，每行一个。</translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation>未发送：{why}</translation>
    </message>
    <message>
        <source>The vote could not be kept: {why}</source>
        <translation>无法保存这次投票：{why}</translation>
    </message>
    <message>
        <source>You voted A: {a}</source>
        <translation>你投给了 A：{a}</translation>
    </message>
    <message>
        <source>You voted B: {b}</source>
        <translation>你投给了 B：{b}</translation>
    </message>
    <message>
        <source>You voted a tie: {a} and {b}</source>
        <translation>你投了平局：{a} 和 {b}</translation>
    </message>
    <message>
        <source>You voted both bad: {a} and {b}</source>
        <translation>你投了都不好：{a} 和 {b}</translation>
    </message>
    <message>
        <source>Next round: Ctrl+Enter</source>
        <translation>下一轮：Ctrl+Enter</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>下一轮</translation>
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
    <name>AudioFacts</name>
    <message>
        <source>duration unknown</source>
        <translation>时长未知</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <source>{count} channels</source>
        <translation>{count} 个声道</translation>
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
    <name>BatchColumnMapping</name>
    <message>
        <source>(not from the table)</source>
        <translation>（不从表格读取）</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>Export</source>
        <extracomment>(menu entry key, file suffix; &quot;&quot; for the results folder)</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSONL…</source>
        <translation>JSONL…</translation>
    </message>
    <message>
        <source>Results folder…</source>
        <translation>结果文件夹…</translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation>导出批处理</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>已取消导出：未写入任何内容。</translation>
    </message>
    <message>
        <source>Not exported: {why}</source>
        <translation>未导出：{why}</translation>
    </message>
    <message>
        <source>Exported {count} files to {where}</source>
        <translation>已导出 {count} 个文件到 {where}</translation>
    </message>
</context>
<context>
    <name>BatchManager</name>
    <message>
        <source>&amp;Batch…</source>
        <translation>批处理(&amp;B)…</translation>
    </message>
    <message>
        <source>Run many inputs through several models, unattended</source>
        <translation>让多个输入无人值守地经过多个模型</translation>
    </message>
    <message>
        <source>Open &amp;batch…</source>
        <translation>打开批处理(&amp;B)…</translation>
    </message>
    <message>
        <source>Batch…</source>
        <translation>批处理…</translation>
    </message>
    <message>
        <source>Run many inputs with this form&apos;s parameters through several models</source>
        <translation>用此表单的参数让多个输入经过多个模型</translation>
    </message>
    <message>
        <source>{name}: a batch of a task this version does not have</source>
        <translation>{name}：此版本没有该批处理的任务</translation>
    </message>
    <message>
        <source>Open batch</source>
        <translation>打开批处理</translation>
    </message>
    <message>
        <source>Batches (*{suffix})</source>
        <translation>批处理 (*{suffix})</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} 分 {s:02d} 秒</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
    <message>
        <source>{done} done · {failed} failed · {remaining} remaining</source>
        <translation>完成 {done} · 失败 {failed} · 剩余 {remaining}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>约剩 {time}</translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>A report to share: HTML (one file) or Markdown</source>
        <translation>可分享的报告：HTML（单个文件）或 Markdown</translation>
    </message>
</context>
<context>
    <name>BatchResults</name>
    <message>
        <source>{n} · {model}</source>
        <extracomment>The columns of each target&apos;s group, in order.</extracomment>
        <translation>{n} · {model}</translation>
    </message>
    <message>
        <source>{n} · s</source>
        <translation>{n} · 秒</translation>
    </message>
    <message>
        <source>{n} · tokens</source>
        <translation>{n} · 词元</translation>
    </message>
    <message>
        <source>{n} · cost</source>
        <translation>{n} · 费用</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>A row&apos;s value to sort by (numbers for figures, text for the rest). True on a row where any target failed (&quot;Failed only&quot;). The text a row is filtered by (its input and every short result). The roles answered; the views ask for a dozen per cell and repaint often (fast exit). The row&apos;s agreement beside its input (seen without scrolling); then the targets&apos; groups.</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Whether the models gave the same answer for this input (same top label, same answer span, boxes matched)</source>
        <translation>各模型对此输入的回答是否相同（首位标签相同、答案片段相同、框相匹配）</translation>
    </message>
    <message>
        <source>Compared: {basis}</source>
        <translation>比较依据：{basis}</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <source>✕ {error}</source>
        <translation>✕ {error}</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>Filter the inputs and results…</source>
        <translation>筛选输入和结果…</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>仅失败</translation>
    </message>
</context>
<context>
    <name>BatchSources</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A folder of files, one input each</source>
        <translation>文件夹，每个文件一个输入</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one input per row</source>
        <translation>CSV 或 JSONL 文件，每行一个输入</translation>
    </message>
    <message>
        <source>Tables (*.csv *.jsonl *.ndjson)</source>
        <translation>表格 (*.csv *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>One input per line</source>
        <translation>每行一个输入</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>CSV / JSONL</source>
        <translation>CSV / JSONL</translation>
    </message>
    <message>
        <source>Each line is the:</source>
        <translation>每一行作为：</translation>
    </message>
    <message>
        <source>Lines of text</source>
        <translation>文本行</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} 个文件</translation>
    </message>
    <message>
        <source> · {n} left out ({list}{more})</source>
        <translation> · 略过 {n} 个（{list}{more}）</translation>
    </message>
    <message>
        <source>{n} rows; the first {shown} above</source>
        <translation>共 {n} 行；上面是前 {shown} 行</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>请先选择一个文件夹。</translation>
    </message>
    <message>
        <source>The folder has no file this task takes.</source>
        <translation>该文件夹中没有此任务接受的文件。</translation>
    </message>
    <message>
        <source>Choose a CSV or JSONL file first.</source>
        <translation>请先选择一个 CSV 或 JSONL 文件。</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <source>Model</source>
        <extracomment>At most this often while a batch runs (ms): figures people read, not watch.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mean s</source>
        <translation>平均秒数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Agreement (share of inputs both answered alike)</source>
        <translation>一致性（两者回答相同的输入所占比例）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>{done} done, {failed} failed · cost {cost}</source>
        <translation>完成 {done}，失败 {failed} · 费用 {cost}</translation>
    </message>
    <message>
        <source>{n} inputs compared</source>
        <translation>比较了 {n} 个输入</translation>
    </message>
</context>
<context>
    <name>BatchTargets</name>
    <message>
        <source>Remove this model</source>
        <translation>移除此模型</translation>
    </message>
    <message>
        <source>+ Add model</source>
        <translation>+ 添加模型</translation>
    </message>
    <message>
        <source>How many calls may wait for the same host at once</source>
        <translation>同一主机同时最多可等待的调用数</translation>
    </message>
    <message>
        <source>Calls at once per host:</source>
        <translation>每个主机的并发调用数：</translation>
    </message>
</context>
<context>
    <name>BatchTaskChooser</name>
    <message>
        <source>Batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>Run many inputs of this task through several models:</source>
        <translation>让此任务的多个输入经过多个模型：</translation>
    </message>
</context>
<context>
    <name>BatchUnfinished</name>
    <message>
        <source>Resume it</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>An unfinished batch: {task}, {done} of {cells} cells done ({when}, {name}).</source>
        <translation>有未完成的批处理：{task}，已完成 {cells} 个单元中的 {done} 个（{when}，{name}）。</translation>
    </message>
    <message>
        <source>{n} more: File ▸ Open batch…</source>
        <translation>另有 {n} 个：文件 ▸ 打开批处理…</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Use the page&apos;s form</source>
        <translation>使用页面的表单</translation>
    </message>
    <message>
        <source>Take the parameters, options and fixed inputs the task&apos;s page holds now</source>
        <translation>采用任务页面当前的参数、选项和固定输入</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>运行批处理</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Every input gets: {summary}</source>
        <translation>每个输入都带有：{summary}</translation>
    </message>
    <message>
        <source>The source has no inputs.</source>
        <translation>该来源没有输入。</translation>
    </message>
    <message>
        <source>Batch — {task}</source>
        <translation>批处理 — {task}</translation>
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
    <name>Catalog</name>
    <message>
        <source>Natural language</source>
        <translation>自然语言处理</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Computer vision</source>
        <translation>计算机视觉</translation>
    </message>
    <message>
        <source>Multimodal</source>
        <translation>多模态</translation>
    </message>
    <message>
        <source>Tabular</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Talk with a chat model: its replies stream in, with images for models that see them.</source>
        <translation>与聊天模型对话：回复以流式显示，支持视觉的模型还可以看图。</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Write code</source>
        <translation>写代码</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>What you say to the model; the thread so far goes with it. Enter sends, Shift+Enter starts a new line; drop or paste images for models that see them.</source>
        <translation>您对模型说的话，会连同之前的对话一起发送。Enter 发送，Shift+Enter 换行；支持视觉的模型可拖入或粘贴图像。</translation>
    </message>
    <message>
        <source>Message the model…</source>
        <translation>给模型发消息…</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>What the reply must be: any text (unset), a JSON object, or JSON that follows a JSON schema.</source>
        <translation>回复必须是什么：任意文本（未设置）、JSON 对象，或符合 JSON Schema 的 JSON。</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Functions the model may call, as a JSON list; its calls (name and arguments) show in the thread, and your next message answers them.</source>
        <translation>模型可以调用的函数（JSON 列表）；其调用（名称和参数）显示在对话中，您的下一条消息作为应答。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大词元数</translation>
    </message>
    <message>
        <source>The most tokens the reply may have; it stops there, cut short. Unset: the provider&apos;s limit (often the model&apos;s context length).</source>
        <translation>回复最多可有的词元数，到达后截断。未设置：使用提供商的上限（通常为模型的上下文长度）。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>How random the reply is: 0 nearly always picks the likeliest word, higher values give more varied (and less focused) text.</source>
        <translation>回复的随机程度：0 几乎总是选最可能的词，值越高文本越多样（也越不集中）。</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Tokens are added to the sample from most to least probable until the sum of their probabilities is greater than top_p.</source>
        <translation>按概率从高到低把词元加入采样集合，直到它们的概率之和大于 top_p。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>With the same seed and parameters, a provider that supports it gives the same reply again.</source>
        <translation>种子和参数相同时，支持此功能的提供商会再次给出相同的回复。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>Up to 4 sequences: the model stops generating when it writes one of them.</source>
        <translation>最多 4 个序列：模型写出其中之一时停止生成。</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>频率惩罚</translation>
    </message>
    <message>
        <source>Positive values lower the chance of a word the more often it already appeared: less repetition.</source>
        <translation>正值会按词已出现的次数降低其再次出现的概率：减少重复。</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在惩罚</translation>
    </message>
    <message>
        <source>Positive values lower the chance of any word that already appeared: the model moves on to new topics.</source>
        <translation>正值会降低任何已出现过的词的概率：模型更倾向于转向新话题。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Chat with a model that remembers the conversation.</source>
        <translation>与能记住对话内容的模型聊天。</translation>
    </message>
    <message>
        <source>Movie talk</source>
        <translation>聊电影</translation>
    </message>
    <message>
        <source>Your last message, after the earlier turns: the user&apos;s past inputs and the model&apos;s past responses (as many of each).</source>
        <translation>您的最新消息，位于之前的轮次之后：用户过去的输入与模型过去的回复（两者数量相同）。</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>写一条消息</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>The maximum length of the output, in tokens.</source>
        <translation>输出的最大长度（以词元计）。</translation>
    </message>
    <message>
        <source>Max time</source>
        <translation>最长时间</translation>
    </message>
    <message>
        <source>The most time in seconds the query should take. The network can add some overhead, so this is a soft limit. Best combined with a token limit.</source>
        <translation>查询最多应花费的秒数。网络可能带来额外开销，因此这是软限制，最好与词元上限一起使用。</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最小长度</translation>
    </message>
    <message>
        <source>The minimum length of the output, in tokens.</source>
        <translation>输出的最小长度（以词元计）。</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>The more a token has been used during generation, the more it is penalized in the following generation steps.</source>
        <translation>一个词元在生成中使用得越多，在后续生成步骤中受到的惩罚就越大。</translation>
    </message>
    <message>
        <source>The temperature of the sampling operation: 1 means regular sampling, 0 means always take the highest score, 100 gets close to uniform probability.</source>
        <translation>采样的温度：1 表示常规采样，0 表示总是取得分最高者，100 接近均匀概率。</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>The number of most likely tokens the sampling operation considers to create new text.</source>
        <translation>采样生成新文本时考虑的最可能词元的数量。</translation>
    </message>
    <message>
        <source>Feature extraction</source>
        <translation>特征提取</translation>
    </message>
    <message>
        <source>Turn a text into numbers (an embedding) that capture its meaning.</source>
        <translation>把文本转换为表示其含义的一组数字（嵌入向量）。</translation>
    </message>
    <message>
        <source>A happy person</source>
        <translation>快乐的人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The text to extract features from.</source>
        <translation>要提取特征的文本。</translation>
    </message>
    <message>
        <source>Fill mask</source>
        <translation>填充掩码</translation>
    </message>
    <message>
        <source>Guess the hidden word of a sentence.</source>
        <translation>猜出句子中被遮住的词。</translation>
    </message>
    <message>
        <source>Hello world</source>
        <translation>Hello world</translation>
    </message>
    <message>
        <source>The text with one mask token to fill in: [MASK] for BERT-like models such as the default one, &lt;mask&gt; for RoBERTa-like ones.</source>
        <translation>含一个待填充掩码词元的文本：默认模型等 BERT 类模型用 [MASK]，RoBERTa 类模型用 &lt;mask&gt;。</translation>
    </message>
    <message>
        <source>Paris is the [MASK] of France.</source>
        <translation>Paris is the [MASK] of France.</translation>
    </message>
    <message>
        <source>Question answering</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Find the answer to a question in a text.</source>
        <translation>在文本中找到问题的答案。</translation>
    </message>
    <message>
        <source>Capital of France</source>
        <translation>法国的首都</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The question to ask.</source>
        <translation>要提出的问题。</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>The text that holds the answer.</source>
        <translation>包含答案的文本。</translation>
    </message>
    <message>
        <source>Sentence similarity</source>
        <translation>句子相似度</translation>
    </message>
    <message>
        <source>Score how close in meaning sentences are to a source sentence.</source>
        <translation>为各句子与源句子的语义接近程度打分。</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>快乐</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>源句子</translation>
    </message>
    <message>
        <source>The sentence the others are compared with.</source>
        <translation>其他句子与之比较的句子。</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>The sentences to compare with the source sentence, one per entry.</source>
        <translation>要与源句子比较的句子，每项一句。</translation>
    </message>
    <message>
        <source>Add a sentence</source>
        <translation>添加句子</translation>
    </message>
    <message>
        <source>Summarization</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Shorten a long text, keeping what matters.</source>
        <translation>缩短长文本，保留要点。</translation>
    </message>
    <message>
        <source>Eiffel Tower</source>
        <translation>埃菲尔铁塔</translation>
    </message>
    <message>
        <source>The text to summarize.</source>
        <translation>要摘要的文本。</translation>
    </message>
    <message>
        <source>Table question answering</source>
        <translation>表格问答</translation>
    </message>
    <message>
        <source>Ask a question about a table of data.</source>
        <translation>就数据表格提问。</translation>
    </message>
    <message>
        <source>GitHub stars</source>
        <translation>GitHub 星标</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The plain-text question you want to ask the table.</source>
        <translation>您想对表格提出的纯文本问题。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>A table of data: each column has a header and a list of values, and all columns must have the same number of values.</source>
        <translation>数据表格：每列有一个表头和一组值，所有列的值数量必须相同。</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>文本分类</translation>
    </message>
    <message>
        <source>Sort a text into labels, such as positive or negative.</source>
        <translation>把文本归入标签，例如正面或负面。</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>The text to classify.</source>
        <translation>要分类的文本。</translation>
    </message>
    <message>
        <source>Text generation</source>
        <translation>文本生成</translation>
    </message>
    <message>
        <source>Continue a text.</source>
        <translation>续写文本。</translation>
    </message>
    <message>
        <source>The universe</source>
        <translation>宇宙</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>The text to continue.</source>
        <translation>要续写的文本。</translation>
    </message>
    <message>
        <source>Do sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>Whether to use sampling; greedy decoding otherwise.</source>
        <translation>是否使用采样；否则使用贪心解码。</translation>
    </message>
    <message>
        <source>Max new tokens</source>
        <translation>最大新词元数</translation>
    </message>
    <message>
        <source>The number of new tokens to generate, not counting the input: an estimate of the length of text you want. Each new token slows the request down, so balance response time against the length of the generated text.</source>
        <translation>要生成的新词元数量（不含输入）：大致相当于您想要的文本长度。每个新词元都会让请求变慢，因此需要在响应时间和生成文本长度之间权衡。</translation>
    </message>
    <message>
        <source>Num return sequences</source>
        <translation>返回序列数</translation>
    </message>
    <message>
        <source>The number of proposals to return.</source>
        <translation>要返回的候选数量。</translation>
    </message>
    <message>
        <source>Return full text</source>
        <translation>返回全文</translation>
    </message>
    <message>
        <source>If false, the result does not include the original query, which makes prompting easier.</source>
        <translation>为 false 时，结果不包含原始查询，便于编写提示词。</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>停止序列</translation>
    </message>
    <message>
        <source>The model stops generating text when it generates one of these strings.</source>
        <translation>模型生成这些字符串之一时停止生成文本。</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>The largest number of tokens taken from the input.</source>
        <translation>从输入中最多取用的词元数。</translation>
    </message>
    <message>
        <source>Text generation (streamed)</source>
        <translation>文本生成（流式）</translation>
    </message>
    <message>
        <source>Continue a text, watching the tokens arrive one by one.</source>
        <translation>续写文本，逐个观看词元到达。</translation>
    </message>
    <message>
        <source>Repeat after me</source>
        <translation>跟我重复</translation>
    </message>
    <message>
        <source>Token classification</source>
        <translation>词元分类</translation>
    </message>
    <message>
        <source>Find the names of people, places and organizations in a text.</source>
        <translation>找出文本中的人名、地名和机构名。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Aggregation strategy</source>
        <translation>聚合策略</translation>
    </message>
    <message>
        <source>How tokens are grouped into entities. none: every token is classified, without further aggregation. simple: entities are grouped by the default scheme (B- and I- tags are merged when the tag is the same). first: like simple, but a word cannot end up with different tags; on ambiguity it takes the tag of its first token. average: like simple, but the scores are averaged over a word&apos;s tokens before the best label is taken. max: like simple, but the word takes the label of its highest-scoring token.</source>
        <translation>词元如何组合成实体。none：对每个词元分类，不做进一步聚合。simple：按默认方案组合实体（标签相同时合并 B- 和 I- 标签）。first：同 simple，但一个词不会有不同的标签；有歧义时取其第一个词元的标签。average：同 simple，但先对词的各词元得分取平均再取最佳标签。max：同 simple，但词取其得分最高的词元的标签。</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate a text (the default model goes from English to German).</source>
        <translation>翻译文本（默认模型从英语译为德语）。</translation>
    </message>
    <message>
        <source>English to German</source>
        <translation>英译德</translation>
    </message>
    <message>
        <source>The text to translate.</source>
        <translation>要翻译的文本。</translation>
    </message>
    <message>
        <source>Zero-shot classification</source>
        <translation>零样本分类</translation>
    </message>
    <message>
        <source>Sort a text into labels you choose.</source>
        <translation>把文本归入您选择的标签。</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>客户请求</translation>
    </message>
    <message>
        <source>Candidate labels</source>
        <translation>候选标签</translation>
    </message>
    <message>
        <source>The possible classes of the input, one per entry (at most 10: with too many, the results get misleading).</source>
        <translation>输入可能的类别，每项一个（最多 10 个：太多会使结果产生误导）。</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Multi label</source>
        <translation>多标签</translation>
    </message>
    <message>
        <source>Set to true if the classes can overlap.</source>
        <translation>如果类别可以重叠，请设为 true。</translation>
    </message>
    <message>
        <source>Audio classification</source>
        <translation>音频分类</translation>
    </message>
    <message>
        <source>Label a sound clip, such as the emotion in a voice.</source>
        <translation>为音频片段打标签，例如语音中的情绪。</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>The audio clip to classify.</source>
        <translation>要分类的音频片段。</translation>
    </message>
    <message>
        <source>Audio to audio</source>
        <translation>音频到音频</translation>
    </message>
    <message>
        <source>Transform a sound clip, such as separating voices or removing noise.</source>
        <translation>变换音频片段，例如分离人声或去除噪声。</translation>
    </message>
    <message>
        <source>The audio clip to transform.</source>
        <translation>要变换的音频片段。</translation>
    </message>
    <message>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <source>Write down what is said.</source>
        <translation>把说的话写下来。</translation>
    </message>
    <message>
        <source>The speech to transcribe.</source>
        <translation>要转写的语音。</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>文本转语音</translation>
    </message>
    <message>
        <source>Read a text aloud.</source>
        <translation>朗读文本。</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>The text to read aloud.</source>
        <translation>要朗读的文本。</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>图像分类</translation>
    </message>
    <message>
        <source>Say what an image shows.</source>
        <translation>说出图像中是什么。</translation>
    </message>
    <message>
        <source>Cheetah</source>
        <translation>猎豹</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>The image to classify.</source>
        <translation>要分类的图像。</translation>
    </message>
    <message>
        <source>Image segmentation</source>
        <translation>图像分割</translation>
    </message>
    <message>
        <source>Outline each object and region of an image.</source>
        <translation>勾勒出图像中的每个物体和区域。</translation>
    </message>
    <message>
        <source>Cats</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>The image to segment.</source>
        <translation>要分割的图像。</translation>
    </message>
    <message>
        <source>Image to image</source>
        <translation>图像到图像</translation>
    </message>
    <message>
        <source>Make a new image from an image, such as a photo from a sketch or a depth map.</source>
        <translation>由一张图像生成新图像，例如由草图或深度图生成照片。</translation>
    </message>
    <message>
        <source>Bird from edges</source>
        <translation>由边缘生成鸟</translation>
    </message>
    <message>
        <source>Depth map with a prompt</source>
        <translation>深度图加提示词</translation>
    </message>
    <message>
        <source>The initial image the new one is conditioned on.</source>
        <translation>新图像所依据的初始图像。</translation>
    </message>
    <message>
        <source>Guess mode</source>
        <translation>猜测模式</translation>
    </message>
    <message>
        <source>Only for ControlNet models. The ControlNet encoder tries its best to recognize the content of the input image even without any prompt. A guidance scale between 3.0 and 5.0 is recommended.</source>
        <translation>仅用于 ControlNet 模型。即使没有提示词，ControlNet 编码器也会尽力识别输入图像的内容。建议引导系数在 3.0 到 5.0 之间。</translation>
    </message>
    <message>
        <source>Guidance scale</source>
        <translation>引导系数</translation>
    </message>
    <message>
        <source>A higher guidance scale pushes the model to generate images closely linked to the text prompt, usually at the expense of image quality.</source>
        <translation>引导系数越高，模型生成的图像越贴近文本提示词，但通常会牺牲图像质量。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>The height in pixels of the generated image.</source>
        <translation>生成图像的高度（像素）。</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>An optional negative prompt: what the image should not show.</source>
        <translation>可选的反向提示词：图像中不应出现的内容。</translation>
    </message>
    <message>
        <source>Num inference steps</source>
        <translation>推理步数</translation>
    </message>
    <message>
        <source>The number of denoising steps. More steps usually give a higher quality image, at the expense of slower inference.</source>
        <translation>去噪步数。步数越多通常图像质量越高，但推理越慢。</translation>
    </message>
    <message>
        <source>The text prompt that guides the image generation.</source>
        <translation>引导图像生成的文本提示词。</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Only for SD img2img and AltDiffusion img2img models. How much to transform the reference image, between 0 and 1: the image is the starting point, and the larger the strength, the more noise is added to it. At 1 the noise is maximal and denoising runs all the inference steps, so the image is essentially ignored.</source>
        <translation>仅用于 SD img2img 和 AltDiffusion img2img 模型。对参考图像的变换程度，介于 0 和 1 之间：图像是起点，强度越大加入的噪声越多。为 1 时噪声最大，去噪会运行全部推理步数，图像基本被忽略。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>The width in pixels of the generated image.</source>
        <translation>生成图像的宽度（像素）。</translation>
    </message>
    <message>
        <source>Image to text</source>
        <translation>图像到文本</translation>
    </message>
    <message>
        <source>Describe an image in a sentence.</source>
        <translation>用一句话描述图像。</translation>
    </message>
    <message>
        <source>The image to describe.</source>
        <translation>要描述的图像。</translation>
    </message>
    <message>
        <source>Object detection</source>
        <translation>目标检测</translation>
    </message>
    <message>
        <source>Find and box the objects in an image.</source>
        <translation>找出图像中的物体并框出。</translation>
    </message>
    <message>
        <source>The image to search.</source>
        <translation>要搜索的图像。</translation>
    </message>
    <message>
        <source>Text to image</source>
        <translation>文本生成图像</translation>
    </message>
    <message>
        <source>Draw an image from a description.</source>
        <translation>根据描述画出图像。</translation>
    </message>
    <message>
        <source>Tortoise</source>
        <translation>陆龟</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <translation>小而快</translation>
    </message>
    <message>
        <source>The description of the image to generate.</source>
        <translation>要生成的图像的描述。</translation>
    </message>
    <message>
        <source>Zero-shot image classification</source>
        <translation>零样本图像分类</translation>
    </message>
    <message>
        <source>Sort an image into labels you choose.</source>
        <translation>把图像归入您选择的标签。</translation>
    </message>
    <message>
        <source>Document question answering</source>
        <translation>文档问答</translation>
    </message>
    <message>
        <source>Ask a question about a scanned document.</source>
        <translation>就扫描的文档提问。</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>The image of the document (a scan or a photo).</source>
        <translation>文档的图像（扫描件或照片）。</translation>
    </message>
    <message>
        <source>Visual question answering</source>
        <translation>视觉问答</translation>
    </message>
    <message>
        <source>Ask a question about an image.</source>
        <translation>就图像提问。</translation>
    </message>
    <message>
        <source>The image to ask about.</source>
        <translation>要提问的图像。</translation>
    </message>
    <message>
        <source>Tabular classification</source>
        <translation>表格分类</translation>
    </message>
    <message>
        <source>Predict a class for each row of a table.</source>
        <translation>为表格的每一行预测一个类别。</translation>
    </message>
    <message>
        <source>Wine quality</source>
        <translation>葡萄酒质量</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Tabular regression</source>
        <translation>表格回归</translation>
    </message>
    <message>
        <source>Predict a number for each row of a table.</source>
        <translation>为表格的每一行预测一个数值。</translation>
    </message>
    <message>
        <source>Fish weight</source>
        <translation>鱼的重量</translation>
    </message>
    <message>
        <source>Custom request</source>
        <translation>自定义请求</translation>
    </message>
    <message>
        <source>Call any model with JSON inputs or a file; see the raw answer.</source>
        <translation>用 JSON 输入或文件调用任意模型，查看原始应答。</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>图像文件</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>The model field&apos;s label in form errors.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Any JSON value, sent as the request&apos;s inputs: a string in quotes (&quot;Hello&quot;), a list, or an object.</source>
        <translation>任意 JSON 值，作为请求的 inputs 发送：带引号的字符串（&quot;Hello&quot;）、列表或对象。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A file sent as is (an image, a sound clip…), instead of JSON inputs.</source>
        <translation>原样发送的文件（图像、音频片段…），代替 JSON 输入。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>A JSON object sent as the request&apos;s parameters.</source>
        <translation>作为请求的 parameters 发送的 JSON 对象。</translation>
    </message>
    <message>
        <source>Task hint</source>
        <translation>任务提示</translation>
    </message>
    <message>
        <source>Without a model, the Hub&apos;s default model for this task is called.</source>
        <translation>未指定模型时，调用 Hub 上此任务的默认模型。</translation>
    </message>
    <message>
        <source>Custom streaming request</source>
        <translation>自定义流式请求</translation>
    </message>
    <message>
        <source>Call any model that streams its answer; see each event as it arrives.</source>
        <translation>调用任何流式应答的模型，在每个事件到达时查看它。</translation>
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
        <source>System prompt: {text}</source>
        <extracomment>The key of a form&apos;s options that holds its calls&apos; provider (``TaskPage.form``).</extracomment>
        <translation>系统提示词：{text}</translation>
    </message>
    <message>
        <source>Parameters: {list}</source>
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
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Save a report to share: HTML (one file) or Markdown</source>
        <translation>保存可分享的报告：HTML（单个文件）或 Markdown</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>比较模型</translation>
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
    <name>ConnectionTab</name>
    <message>
        <source>&lt;b&gt;{host} is retired&lt;/b&gt;: it answers 410 Gone. The models it served are called through the router now, and Inference Providers serve many more.</source>
        <extracomment>Said under an Inference API on the retired host (here and in the main window). Shown with {host} filled in: see :func:`retired_text`.</extracomment>
        <translation>&lt;b&gt;{host} 已停用&lt;/b&gt;：它返回 410 Gone。它提供的模型现在通过路由器调用，推理提供商还提供更多模型。</translation>
    </message>
    <message>
        <source>Switch to the router</source>
        <translation>切换到路由器</translation>
    </message>
    <message>
        <source>from {variable}</source>
        <translation>来自 {variable}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Router URL</source>
        <translation>路由器 URL</translation>
    </message>
    <message>
        <source>Inference API URL</source>
        <translation>Inference API URL</translation>
    </message>
    <message>
        <source>Hub or mirror URL</source>
        <translation>Hub 或镜像 URL</translation>
    </message>
    <message>
        <source>Retired Inference API</source>
        <translation>已停用的 Inference API</translation>
    </message>
    <message>
        <source>Call hf-inference below the router (saved at once)</source>
        <translation>调用路由器下的 hf-inference（立即保存）</translation>
    </message>
    <message>
        <source>How long to wait for a connection to the server</source>
        <translation>等待与服务器建立连接的时长</translation>
    </message>
    <message>
        <source>How long to wait for an answer (a model that loads can take minutes)</source>
        <translation>等待应答的时长（加载中的模型可能需要几分钟）</translation>
    </message>
    <message>
        <source>The longest one call may take in all, however its answer trickles in</source>
        <translation>一次调用总共最多可用的时长，无论其应答如何陆续到达</translation>
    </message>
    <message>
        <source>How long a stream may send nothing new (keep-alives do not count) before it is ended</source>
        <translation>流在被结束之前可以不发送新内容的时长（保活消息不计）</translation>
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
    <message>
        <source>Clear the {field} (use the default)</source>
        <translation>清除{field}（使用默认值）</translation>
    </message>
    <message>
        <source>Switched: the Inference API is {url}.</source>
        <translation>已切换：Inference API 现在是 {url}。</translation>
    </message>
    <message>
        <source>{host} is not a Hugging Face host: Hub look-ups and searches go there without your token, unless you trust it (Endpoints).</source>
        <translation>{host} 不是 Hugging Face 主机：Hub 查询和搜索会不带令牌发往该处，除非您信任它（端点）。</translation>
    </message>
    <message>
        <source>{host} is not a Hugging Face host: the app will ask before sending your token there.</source>
        <translation>{host} 不是 Hugging Face 主机：应用在向该处发送令牌前会询问。</translation>
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
    <name>CopyAsCode</name>
    <message>
        <source>Needs huggingface_hub (pip install huggingface_hub).</source>
        <translation>需要 huggingface_hub（pip install huggingface_hub）。</translation>
    </message>
    <message>
        <source>An ES module for Node 18+ (save it as snippet.mjs); needs @huggingface/inference (npm install @huggingface/inference).</source>
        <translation>Node 18+ 的 ES 模块（保存为 snippet.mjs）；需要 @huggingface/inference（npm install @huggingface/inference）。</translation>
    </message>
    <message>
        <source>A bash command.</source>
        <translation>一条 bash 命令。</translation>
    </message>
    <message>
        <source>Needs openai (pip install openai).</source>
        <translation>需要 openai（pip install openai）。</translation>
    </message>
    <message>
        <source>The token is read from the HF_TOKEN environment variable.</source>
        <translation>令牌从 HF_TOKEN 环境变量读取。</translation>
    </message>
    <message>
        <source>The token is read from process.env.HF_TOKEN.</source>
        <translation>令牌从 process.env.HF_TOKEN 读取。</translation>
    </message>
    <message>
        <source>The token is read from $HF_TOKEN: export HF_TOKEN=hf_… first.</source>
        <translation>令牌从 $HF_TOKEN 读取：请先 export HF_TOKEN=hf_…。</translation>
    </message>
    <message>
        <source>Needs requests (pip install requests).</source>
        <translation>需要 requests（pip install requests）。</translation>
    </message>
    <message>
        <source>An ES module for Node 18+ (save it as snippet.mjs).</source>
        <translation>Node 18+ 的 ES 模块（保存为 snippet.mjs）。</translation>
    </message>
    <message>
        <source>✓ {language} copied to the clipboard</source>
        <translation>✓ {language} 已复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy as code: {error}</source>
        <translation>复制为代码：{error}</translation>
    </message>
    <message>
        <source>Copy as code ▾</source>
        <translation>复制为代码 ▾</translation>
    </message>
    <message>
        <source>Copy the request on screen as {languages} or {last} ({keys}: the last one chosen)</source>
        <translation>把屏幕上的请求复制为 {languages} 或 {last}（{keys}：上次选择的那种）</translation>
    </message>
    <message>
        <source>Copy as code</source>
        <translation>复制为代码</translation>
    </message>
    <message>
        <source>Not copied: {error}</source>
        <translation>未复制：{error}</translation>
    </message>
    <message>
        <source>Copied the request as {language}</source>
        <translation>已将请求复制为 {language}</translation>
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
    <name>DataDialog</name>
    <message>
        <source>Not created yet: it appears once the app first writes there.</source>
        <translation>尚未创建：应用第一次写入时才会出现。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every run: its inputs, parameters and result.</source>
        <translation>每次运行：其输入、参数和结果。</translation>
    </message>
    <message>
        <source>Files kept with the history</source>
        <translation>随历史记录保留的文件</translation>
    </message>
    <message>
        <source>Input and result files of past runs (Settings ▸ History sets the limit).</source>
        <translation>以往运行的输入和结果文件（“设置 ▸ 历史记录”设定上限）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings, recent models, trusted hosts. Not the access token.</source>
        <translation>设置、最近使用的模型、受信任的主机。不包括访问令牌。</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>临时文件</translation>
    </message>
    <message>
        <source>Recordings, audio being played, files dragged out; removed when the app quits.</source>
        <translation>录音、正在播放的音频、拖出的文件；应用退出时删除。</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>您的数据存放在哪里</translation>
    </message>
    <message>
        <source>The app keeps your data on this computer only, in these places. The access token is kept apart: in the system keyring when there is one (Settings ▸ Account says where yours comes from).</source>
        <translation>应用只把您的数据保存在本机的以下位置。访问令牌单独保存：有系统密钥环时保存在其中（“设置 ▸ 账户”会说明您的令牌来自哪里）。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of: {place}</source>
        <translation>打开此项的文件夹：{place}</translation>
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
    <name>Discovery</name>
    <message>
        <source>nothing listens there</source>
        <extracomment>The usual ports: Ollama, llama.cpp / TGI / TEI, LM Studio, vLLM / transformers serve. The largest answer read (a model list of a few thousand entries fits). A port&apos;s usual server, named when the answer itself says nothing more. ``owned_by`` in /v1/models, as some servers fill it. The context of the findings&apos; messages (Texts: the UI translates them, ``ui.i18n.shown``).</extracomment>
        <translation>没有程序在此监听</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>{seconds} 秒内没有完整的应答</translation>
    </message>
    <message>
        <source>GET /v1/models did not answer with a model list ({shape})</source>
        <translation>GET /v1/models 的应答不是模型列表（{shape}）</translation>
    </message>
    <message>
        <source>answers, but not as an OpenAI-compatible or HF-style server (GET /v1/models: HTTP {status})</source>
        <translation>有应答，但不是 OpenAI 兼容或 HF 风格的服务器（GET /v1/models：HTTP {status}）</translation>
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
    <name>Download</name>
    <message>
        <source>Downloads are off while offline (HF_HUB_OFFLINE is set): start the app without it to download models.</source>
        <extracomment>Progress is reported at most this often (the last report always goes). huggingface_hub reads the body in chunks of this size (its default, 10 MB, would report progress, and notice a cancel, only every 10 MB). The context of this module&apos;s texts (the UI translates them: ``ui.i18n.shown``).</extracomment>
        <translation>离线时无法下载（已设置 HF_HUB_OFFLINE）：请在不设置它的情况下启动应用来下载模型。</translation>
    </message>
    <message>
        <source>{endpoint} gave no revision for {model}</source>
        <translation>{endpoint} 没有给出 {model} 的修订版本</translation>
    </message>
    <message>
        <source>{model} is gated: accept its conditions on its page on the Hub, with an access token of that account in Settings.</source>
        <translation>{model} 需要授权（gated）：请在 Hub 上它的页面接受其条件，并在设置中使用该账户的访问令牌。</translation>
    </message>
    <message>
        <source>{model} is gated: it needs an access token (Settings) of an account that accepted its conditions.</source>
        <translation>{model} 需要授权（gated）：需要一个已接受其条件的账户的访问令牌（在设置中填写）。</translation>
    </message>
    <message>
        <source>{host} has no public model {model}: check the id, or add an access token (Settings) if it is private.</source>
        <translation>{host} 上没有公开模型 {model}：请检查 ID；如果它是私有模型，请添加访问令牌（在设置中）。</translation>
    </message>
    <message>
        <source>{host} has no model {model} (or your token cannot see it): check the id.</source>
        <translation>{host} 上没有模型 {model}（或你的令牌无权查看）：请检查 ID。</translation>
    </message>
    <message>
        <source>{host} has no model {model}: check the id.</source>
        <translation>{host} 上没有模型 {model}：请检查 ID。</translation>
    </message>
    <message>
        <source>{host} has no main revision of {model}.</source>
        <translation>{host} 上没有 {model} 的 main 修订版本。</translation>
    </message>
    <message>
        <source>{host} answered {status} for {model}: {reason}</source>
        <translation>{host} 对 {model} 返回了 {status}：{reason}</translation>
    </message>
    <message>
        <source>Cannot reach {host}: check the network connection (or the Hub&apos;s address).</source>
        <translation>无法连接 {host}：请检查网络连接（或 Hub 的地址）。</translation>
    </message>
    <message>
        <source>The disk is full: free some space and download again.</source>
        <translation>磁盘已满：请腾出空间后重新下载。</translation>
    </message>
    <message>
        <source>Could not write the model&apos;s files: {reason}</source>
        <translation>无法写入模型文件：{reason}</translation>
    </message>
    <message>
        <source>The download failed: {reason}</source>
        <translation>下载失败：{reason}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>剩余约 {duration}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
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
    <name>Durations</name>
    <message>
        <source>{seconds} s</source>
        <extracomment>``translate(&quot;Context&quot;, &quot;text&quot;)``: the UI&apos;s strings (lupdate finds them by this name too).</extracomment>
        <translation>{seconds} 秒</translation>
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
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>A Hugging Face host: it gets your token over HTTPS anyway</source>
        <translation>Hugging Face 主机：它总会通过 HTTPS 收到您的令牌</translation>
    </message>
    <message>
        <source>Your token is sent to {origin}</source>
        <translation>您的令牌会发送到 {origin}</translation>
    </message>
    <message>
        <source>Your token is sent to this server</source>
        <translation>您的令牌会发送到此服务器</translation>
    </message>
    <message>
        <source>Not trusted: the app asks before sending your token here</source>
        <translation>不受信任：应用在向此处发送令牌前会询问</translation>
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
    <name>EngineStart</name>
    <message>
        <source>The local engine is not part of the desktop build: it runs from a Python installation. Install the app with its local extra ({command}) and start hfi-desktop from there, or add a local server in Settings.</source>
        <extracomment>What the engine needs beyond the application (the ``local`` extra). The first line is at most this long (a URL and a token): more is not the engine.</extracomment>
        <translation>桌面版不包含本地引擎：它需要在 Python 环境中运行。请安装带 local 扩展的应用（{command}），再从那里启动 hfi-desktop；或在设置中添加一个本地服务器。</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} 和 {last}</translation>
    </message>
    <message>
        <source>The local engine needs {names}, which this Python does not have. Install the local extra into the application&apos;s environment: {command} (for {python}), then start the engine again.</source>
        <translation>本地引擎需要 {names}，而当前 Python 环境中没有。请将 local 扩展安装到应用的环境中：{command}（对应 {python}），然后重新启动引擎。</translation>
    </message>
</context>
<context>
    <name>EntityTags</name>
    <message>
        <source>person</source>
        <extracomment>The context of the meanings (the UI shows them translated: ``ui.i18n.shown``).</extracomment>
        <translation>人物</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>miscellaneous</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>country, city or state</source>
        <translation>国家、城市或州</translation>
    </message>
    <message>
        <source>nationality, religious or political group</source>
        <translation>民族、宗教或政治团体</translation>
    </message>
    <message>
        <source>building or facility</source>
        <translation>建筑或设施</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>not an entity</source>
        <translation>非实体</translation>
    </message>
    <message>
        <source>first word</source>
        <extracomment>IOB / BIOES tagging without aggregation: where in the entity a word is.</extracomment>
        <translation>首词</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>中间</translation>
    </message>
    <message>
        <source>last word</source>
        <translation>末词</translation>
    </message>
    <message>
        <source>single word</source>
        <translation>单词实体</translation>
    </message>
    <message>
        <source>{entity}, {position}</source>
        <translation>{entity}，{position}</translation>
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
    <name>ErrorMessages</name>
    <message>
        <source>This Inference API address is retired</source>
        <translation>此 Inference API 地址已停用</translation>
    </message>
    <message>
        <source>No provider you enabled serves this model</source>
        <translation>你启用的提供商都不提供此模型</translation>
    </message>
    <message>
        <source>The token may not call Inference Providers</source>
        <translation>此令牌无权调用推理提供商</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Out of Inference Providers credits</source>
        <translation>推理提供商额度已用完</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>服务器拒绝了此请求</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>找不到模型</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>The model is still loading</source>
        <translation>模型仍在加载</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>服务器出错</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>The provider does not serve this model</source>
        <translation>此提供商不提供该模型</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>服务器返回了意外的应答</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时收到应答</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The model reported an error</source>
        <translation>模型报告了错误</translation>
    </message>
    <message>
        <source>The stream was interrupted</source>
        <translation>流式输出中断</translation>
    </message>
    <message>
        <source>The answer is too large</source>
        <translation>应答过大</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot show this result</source>
        <translation>无法显示此结果</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>The answer does not have the shape of {a_task} result: the model may be made for another task (its page on the Hub says which).</source>
        <extracomment>HTTP 507: the server has no room (memory, disk) for the model asked for.</extracomment>
        <translation>应答不符合「{a_task}」结果的格式：此模型可能是为其他任务而做的（它在 Hub 上的页面会写明）。</translation>
    </message>
    <message>
        <source>This model answers like {a_task} model</source>
        <translation>此模型的应答像「{a_task}」模型</translation>
    </message>
    <message>
        <source>Its answer has the shape of {a_task} result, which the {task} page cannot show. Open the model on the {other} page, with your inputs.</source>
        <translation>它的应答是「{a_task}」结果的格式，「{task}」页面无法显示。请在「{other}」页面打开此模型，你的输入会一并带过去。</translation>
    </message>
    <message>
        <source>an {task}</source>
        <translation>{task}</translation>
    </message>
    <message>
        <source>a {task}</source>
        <translation>{task}</translation>
    </message>
    <message>
        <source>Request id: {request_id} (quote it if you report this problem)</source>
        <translation>请求 ID：{request_id}（报告此问题时请附上）</translation>
    </message>
    <message>
        <source>Run again; for a slow model (a large one, a long input) allow more time in Settings ▸ Connection ▸ Timeouts.</source>
        <translation>请重新运行；若模型较慢（模型较大或输入较长），可在“设置 ▸ 连接 ▸ 超时”中放宽时间。</translation>
    </message>
    <message>
        <source>Check the network connection (and the proxy, if you use one), and that a server on this computer is running, then run again.</source>
        <translation>请检查网络连接（以及所用的代理），并确认本机上的服务器正在运行，然后重新运行。</translation>
    </message>
    <message>
        <source>Run again for the whole answer.</source>
        <translation>请重新运行以获得完整回答。</translation>
    </message>
    <message>
        <source>This app is set to use the old address {retired}, which is retired. Switch to the default, {default}: open Settings ▸ Connection and clear the Inference API URL.</source>
        <translation>本应用设置使用的旧地址 {retired} 已停用。请改用默认地址 {default}：打开 设置 ▸ 连接，清空 Inference API URL。</translation>
    </message>
    <message>
        <source>Enable a provider that serves this model at {page}, or choose a provider for the model.</source>
        <translation>请在 {page} 启用一个提供此模型的提供商，或为此模型选择一个提供商。</translation>
    </message>
    <message>
        <source>The access token may not call Inference Providers: enable “{permission}” for it at {page}, or use another token in Settings ▸ Account.</source>
        <translation>此访问令牌无权调用推理提供商：请在 {page} 为它启用“{permission}”权限，或在 设置 ▸ 账户 中改用其他令牌。</translation>
    </message>
    <message>
        <source>The access token is missing or invalid: set one in Settings ▸ Account. A fine-grained token needs the permission “{permission}”.</source>
        <translation>访问令牌缺失或无效：请在 设置 ▸ 账户 中设置。细粒度令牌需要“{permission}”权限。</translation>
    </message>
    <message>
        <source>The access token has no permission for this model. If the model is gated, accept its conditions on its page on huggingface.co; if it is private, or your organization&apos;s policy forbids the call, use a token that has access.</source>
        <translation>此访问令牌无权使用该模型。如果模型需要授权（gated），请在 huggingface.co 上它的页面接受其条件；如果模型是私有的，或你所在组织的策略禁止此调用，请使用有访问权限的令牌。</translation>
    </message>
    <message>
        <source>The included credits for Inference Providers are used up: add credits or subscribe at {page}, or bill an organization you belong to.</source>
        <translation>推理提供商的免费额度已用完：请在 {page} 充值或订阅，或改由你所属的组织付费。</translation>
    </message>
    <message>
        <source>Correct the input or parameter the server names, then run again.</source>
        <translation>请更正服务器指出的输入或参数，然后重新运行。</translation>
    </message>
    <message>
        <source>The model is served by {providers}: choose one of these providers.</source>
        <translation>此模型由 {providers} 提供：请选择其中一个提供商。</translation>
    </message>
    <message>
        <source>Check the model id (owner/name) or pick one from the list.</source>
        <translation>请检查模型 ID（所有者/名称），或从列表中选择一个。</translation>
    </message>
    <message>
        <source>Try again in {seconds:.0f} s.</source>
        <translation>请在 {seconds:.0f} 秒后重试。</translation>
    </message>
    <message>
        <source>Wait a little, then try again.</source>
        <translation>请稍等片刻再重试。</translation>
    </message>
    <message>
        <source>Try again shortly (about {seconds:.0f} s), or tick “Wait for the model to load”.</source>
        <translation>请稍后重试（约 {seconds:.0f} 秒），或勾选“等待模型加载”。</translation>
    </message>
    <message>
        <source>Try again shortly, or tick “Wait for the model to load”.</source>
        <translation>请稍后重试，或勾选“等待模型加载”。</translation>
    </message>
    <message>
        <source>The model does not fit: make room as the server says, or choose a smaller one.</source>
        <translation>模型放不下：请按服务器的提示腾出空间，或选择更小的模型。</translation>
    </message>
    <message>
        <source>The server on this computer could not run this model (its message says why): choose another model, or restart the server, then run again.</source>
        <translation>本机上的服务器无法运行此模型（原因见其消息）：请选择其他模型，或重启服务器，然后重新运行。</translation>
    </message>
    <message>
        <source>Try again later, or with another provider.</source>
        <translation>请稍后重试，或换一个提供商。</translation>
    </message>
    <message>
        <source>Choose your providers on huggingface.co</source>
        <translation>在 huggingface.co 上选择你的提供商</translation>
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
    <name>FileKinds</name>
    <message>
        <source>{kind} (it starts with “{start}”)</source>
        <translation>{kind}（开头是“{start}”）</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>A PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>A JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>A GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>A WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a WAV audio file</source>
        <translation>WAV 音频文件</translation>
    </message>
    <message>
        <source>A WAV audio file</source>
        <translation>WAV 音频文件</translation>
    </message>
    <message>
        <source>an AVI video</source>
        <translation>AVI 视频</translation>
    </message>
    <message>
        <source>An AVI video</source>
        <translation>AVI 视频</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>A BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>A TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>A PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <source>A ZIP archive (or an Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <source>a FLAC audio file</source>
        <translation>FLAC 音频文件</translation>
    </message>
    <message>
        <source>A FLAC audio file</source>
        <translation>FLAC 音频文件</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <source>An MP3 audio file</source>
        <translation>MP3 音频文件</translation>
    </message>
    <message>
        <source>an Ogg audio file</source>
        <translation>Ogg 音频文件</translation>
    </message>
    <message>
        <source>An Ogg audio file</source>
        <translation>Ogg 音频文件</translation>
    </message>
    <message>
        <source>a WebM/Matroska media file</source>
        <translation>WebM/Matroska 媒体文件</translation>
    </message>
    <message>
        <source>A WebM/Matroska media file</source>
        <translation>WebM/Matroska 媒体文件</translation>
    </message>
    <message>
        <source>an MP4/M4A media file</source>
        <translation>MP4/M4A 媒体文件</translation>
    </message>
    <message>
        <source>An MP4/M4A media file</source>
        <translation>MP4/M4A 媒体文件</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>A 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>A gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>A RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>程序（ELF 可执行文件）</translation>
    </message>
    <message>
        <source>A program (ELF executable)</source>
        <translation>程序（ELF 可执行文件）</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>A Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>An SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>未知类型的二进制数据</translation>
    </message>
    <message>
        <source>Binary data of an unknown kind</source>
        <translation>未知类型的二进制数据</translation>
    </message>
    <message>
        <source>a text file with only blank space in it</source>
        <translation>只有空白的文本文件</translation>
    </message>
    <message>
        <source>A text file with only blank space in it</source>
        <translation>只有空白的文本文件</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>A text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>a JSON or text file</source>
        <translation>JSON 或文本文件</translation>
    </message>
    <message>
        <source>A JSON or text file</source>
        <translation>JSON 或文本文件</translation>
    </message>
    <message>
        <source>an HTML/XML/SVG text file</source>
        <translation>HTML/XML/SVG 文本文件</translation>
    </message>
    <message>
        <source>An HTML/XML/SVG text file</source>
        <translation>HTML/XML/SVG 文本文件</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>FormError</name>
    <message>
        <source>required</source>
        <extracomment>The message&apos;s parts, when it is ``f&quot;{label}: {problem.format(**values)}&quot;``.</extracomment>
        <translation>必填</translation>
    </message>
    <message>
        <source>add at least one entry</source>
        <translation>请至少添加一项</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>应为文本，实际为 {kind}</translation>
    </message>
    <message>
        <source>{text!r} is not a valid URL</source>
        <translation>{text!r} 不是有效的 URL</translation>
    </message>
    <message>
        <source>{text!r} is not a model id (like &apos;owner/name&apos;) or an http(s) URL</source>
        <translation>{text!r} 不是模型 ID（如 &apos;owner/name&apos;）或 http(s) URL</translation>
    </message>
    <message>
        <source>give either JSON inputs or a file, not both</source>
        <translation>请提供 JSON 输入或文件，不能同时提供两者</translation>
    </message>
    <message>
        <source>give JSON inputs or a file</source>
        <translation>请提供 JSON 输入或文件</translation>
    </message>
    <message>
        <source>only sent with JSON inputs, not with a file</source>
        <translation>只在使用 JSON 输入时发送，使用文件时不发送</translation>
    </message>
    <message>
        <source>give a model id or URL, or choose a task hint</source>
        <translation>请提供模型 ID 或 URL，或选择任务提示</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>应为 true 或 false，实际为 {kind}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{value!r} is not one of the choices</source>
        <translation>{value!r} 不是可选项之一</translation>
    </message>
    <message>
        <source>expected a file, got {kind}</source>
        <translation>应为文件，实际为 {kind}</translation>
    </message>
    <message>
        <source>the file {name!r} is empty</source>
        <translation>文件 {name!r} 为空</translation>
    </message>
    <message>
        <source>expected a list of texts, got {kind}</source>
        <translation>应为文本列表，实际为 {kind}</translation>
    </message>
    <message>
        <source>entry {number} is not text ({kind})</source>
        <translation>第 {number} 项不是文本（{kind}）</translation>
    </message>
    <message>
        <source>entry {number} is empty</source>
        <translation>第 {number} 项为空</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>应为数字，实际为 {kind}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g}, got {value:g}</source>
        <translation>必须介于 {low:g} 和 {high:g} 之间，实际为 {value:g}</translation>
    </message>
    <message>
        <source>must be at least {low:g}, got {value:g}</source>
        <translation>必须至少为 {low:g}，实际为 {value:g}</translation>
    </message>
    <message>
        <source>must be at most {high:g}, got {value:g}</source>
        <translation>必须至多为 {high:g}，实际为 {value:g}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value:g}</source>
        <translation>必须是整数，实际为 {value:g}</translation>
    </message>
    <message>
        <source>expected a conversation, got {kind}</source>
        <translation>应为对话，实际为 {kind}</translation>
    </message>
    <message>
        <source>write a message</source>
        <translation>请写一条消息</translation>
    </message>
    <message>
        <source>{key} must be a list of texts</source>
        <translation>{key} 必须是文本列表</translation>
    </message>
    <message>
        <source>every earlier message needs the model&apos;s response</source>
        <translation>之前的每条消息都需要有模型的回复</translation>
    </message>
    <message>
        <source>cannot be sent as JSON ({kind})</source>
        <translation>无法作为 JSON 发送（{kind}）</translation>
    </message>
    <message>
        <source>must be a JSON object, like {example}</source>
        <translation>必须是 JSON 对象，例如 {example}</translation>
    </message>
    <message>
        <source>expected a table, got {kind}</source>
        <translation>应为表格，实际为 {kind}</translation>
    </message>
    <message>
        <source>add at least one column</source>
        <translation>请至少添加一列</translation>
    </message>
    <message>
        <source>column {number} has no header</source>
        <translation>第 {number} 列没有表头</translation>
    </message>
    <message>
        <source>two columns are named {name!r}</source>
        <translation>有两列都名为 {name!r}</translation>
    </message>
    <message>
        <source>column {name!r}: expected a list of cells</source>
        <translation>列 {name!r}：应为单元格列表</translation>
    </message>
    <message>
        <source>the columns have different numbers of rows ({detail})</source>
        <translation>各列的行数不同（{detail}）</translation>
    </message>
    <message>
        <source>add at least one row</source>
        <translation>请至少添加一行</translation>
    </message>
    <message>
        <source>column {column!r}, row {row}: expected text, got {kind}</source>
        <translation>列 {column!r} 第 {row} 行：应为文本，实际为 {kind}</translation>
    </message>
</context>
<context>
    <name>FormSummary</name>
    <message>
        <source>Use the page&apos;s form</source>
        <translation>使用页面的表单</translation>
    </message>
    <message>
        <source>Take the inputs, parameters and options that the task&apos;s page holds now</source>
        <translation>采用任务页面当前的输入、参数和选项</translation>
    </message>
    <message>
        <source>Inputs: {summary}</source>
        <translation>输入：{summary}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where your data lives</source>
        <translation>数据存放位置(&amp;W)</translation>
    </message>
    <message>
        <source>How to add a &amp;token</source>
        <translation>如何添加令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
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
    <name>ImageError</name>
    <message>
        <source>{name} is empty (0 bytes)</source>
        <extracomment>The context of the refusals&apos; messages (the UI shows them translated: ``ui.i18n.shown``). The context of what bytes look like (``inference.sniff``&apos;s phrases, marked for lupdate by ``ui.i18n_build`` from ``sniff.KINDS``). What Pillow raises on damaged data, besides its own errors.</extracomment>
        <translation>{name} 是空的（0 字节）</translation>
    </message>
    <message>
        <source>its header can&apos;t be read</source>
        <translation>无法读取其文件头</translation>
    </message>
    <message>
        <source>{name} is not an image: it looks like {kind}</source>
        <translation>{name} 不是图像：它看起来是{kind}</translation>
    </message>
    <message>
        <source>the input image</source>
        <extracomment>What the images the app decodes are called in messages.</extracomment>
        <translation>输入图像</translation>
    </message>
    <message>
        <source>the generated image</source>
        <translation>生成的图像</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{name} is {width} {times} {height} pixels, which is too large to open safely (more than {limit} megapixels; it may be a decompression bomb)</source>
        <translation>{name} 为 {width} {times} {height} 像素，太大，无法安全打开（超过 {limit} 百万像素；可能是解压炸弹）</translation>
    </message>
    <message>
        <source>{name} is too large to open safely (more than {limit} megapixels; it may be a decompression bomb)</source>
        <translation>{name} 太大，无法安全打开（超过 {limit} 百万像素；可能是解压炸弹）</translation>
    </message>
    <message>
        <source>{name} looks like an image file but is damaged or incomplete ({detail})</source>
        <translation>{name} 看起来是图像文件，但已损坏或不完整（{detail}）</translation>
    </message>
    <message>
        <source>{name} looks like a {format} file but is damaged or incomplete ({detail})</source>
        <translation>{name} 看起来是 {format} 文件，但已损坏或不完整（{detail}）</translation>
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
    <message>
        <source>{what}, optional</source>
        <translation>{what}，可选</translation>
    </message>
    <message>
        <source>Input: {fields}</source>
        <translation>输入：{fields}</translation>
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
    <name>LeaderboardDialog</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>胜</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>平</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>负</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>Arena leaderboard</source>
        <extracomment>The number a cell sorts by (its text is for people: &quot;1012&quot;, &quot;980 to 1040&quot;).</extracomment>
        <translation>竞技场排行榜</translation>
    </message>
    <message>
        <source>Export leaderboard CSV…</source>
        <translation>导出排行榜 CSV…</translation>
    </message>
    <message>
        <source>Export votes CSV…</source>
        <translation>导出投票 CSV…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>A report of this task&apos;s arena to share: HTML (one file) or Markdown</source>
        <translation>可分享的此任务竞技场报告：HTML（单个文件）或 Markdown</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>{votes} votes · Bradley-Terry ratings (Elo scale), 95% bootstrap intervals</source>
        <translation>{votes} 票 · Bradley-Terry 评分（Elo 标度），95% 自助法区间</translation>
    </message>
    <message>
        <source>± {half:.0f}</source>
        <translation>± {half:.0f}</translation>
    </message>
    <message>
        <source>No votes for this task yet.</source>
        <translation>这个任务还没有投票。</translation>
    </message>
    <message>
        <source>Votes with {target}: {count}</source>
        <translation>{target} 参与的投票：{count}</translation>
    </message>
    <message>
        <source>Votes: {count}</source>
        <translation>投票：{count}</translation>
    </message>
    <message>
        <source>Select a vote to see its inputs.</source>
        <translation>选择一次投票以查看其输入。</translation>
    </message>
    <message>
        <source>A: {a} · B: {b}</source>
        <translation>A：{a} · B：{b}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>未保存：{why}</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>已保存为 {name}</translation>
    </message>
</context>
<context>
    <name>LegacyNotice</name>
    <message>
        <source>&lt;b&gt;Legacy: for old endpoints; for chat use the Chat page.&lt;/b&gt; This page sends the 2023 conversation inputs (past_user_inputs), which only old deployments of your own (TGI servers) still take; no Inference Provider does.</source>
        <extracomment>A legacy task&apos;s id → the page that replaces it.</extracomment>
        <translation>&lt;b&gt;旧版：用于旧端点；聊天请使用“聊天”页面。&lt;/b&gt;此页面发送 2023 年的对话输入（past_user_inputs），只有您自己的旧部署（TGI 服务器）仍接受；推理提供商都不接受。</translation>
    </message>
    <message>
        <source>Open the Chat page</source>
        <translation>打开聊天页面</translation>
    </message>
    <message>
        <source>Legacy task</source>
        <translation>旧版任务</translation>
    </message>
    <message>
        <source>Chat with today&apos;s models (chat completion)</source>
        <translation>与当今的模型聊天（chat completion）</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>{label} ({meaning})</source>
        <translation>{label}（{meaning}）</translation>
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
        <source>Ask the usual ports of this computer ({ports}) what they serve</source>
        <translation>询问本机常用端口（{ports}）提供什么服务</translation>
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
        <source>Also look at: {problem}</source>
        <translation>同时检查：{problem}</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Add {server}</source>
        <translation>添加 {server}</translation>
    </message>
    <message>
        <source>Found {count} server: Add, then OK or Apply.</source>
        <translation>找到 {count} 个服务器：点“添加”，然后点“确定”或“应用”。</translation>
    </message>
    <message>
        <source>Found {count} servers: Add, then OK or Apply.</source>
        <translation>找到 {count} 个服务器：点“添加”，然后点“确定”或“应用”。</translation>
    </message>
    <message>
        <source>No server answered ({looked}).</source>
        <translation>没有服务器应答（{looked}）。</translation>
    </message>
    <message>
        <source> — not ready</source>
        <translation> — 未就绪</translation>
    </message>
    <message>
        <source>no models listed</source>
        <translation>未列出模型</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 及另外 {count} 个</translation>
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
        <source>done</source>
        <extracomment>The welcome&apos;s first example: this task&apos;s first example, ready to run. How a run ended (TaskPage.run_finished), as the status bar says it.</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation>此窗口中无法使用设置。</translation>
    </message>
    <message>
        <source>W&amp;elcome</source>
        <translation>欢迎(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MediaError</name>
    <message>
        <source>Use a PNG, JPEG, WebP, GIF, BMP or TIFF file.</source>
        <extracomment>A QImage (from the clipboard) is encoded to PNG in the worker. Above this many pixels the thumbnail is decoded by Qt at its final size (see _qt_thumbnail). What the user can do about an image refused for each problem (hfi_desktop.image_decode).</extracomment>
        <translation>请使用 PNG、JPEG、WebP、GIF、BMP 或 TIFF 文件。</translation>
    </message>
    <message>
        <source>Resize it and try again.</source>
        <translation>请缩小尺寸后重试。</translation>
    </message>
    <message>
        <source>Try saving it again or use another copy.</source>
        <translation>请重新保存，或使用另一个副本。</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <source>{problem}. {advice}</source>
        <translation>{problem}。{advice}</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty. Copy the image again.</source>
        <extracomment>What every vision chat model takes (PROVIDERS.md §3.1: image parts as data URLs).</extracomment>
        <translation>{name}：剪贴板中的图像是空的。请重新复制图像。</translation>
    </message>
    <message>
        <source>{name}: the pasted image could not be converted to PNG.</source>
        <translation>{name}：粘贴的图像无法转换为 PNG。</translation>
    </message>
    <message>
        <source>{name} is a folder. Choose a file inside it instead.</source>
        <translation>{name} 是文件夹。请选择其中的文件。</translation>
    </message>
    <message>
        <source>{name} was not found: it may have been moved or deleted.</source>
        <translation>找不到 {name}：它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>{name} can&apos;t be read: permission denied.</source>
        <translation>无法读取 {name}：权限被拒绝。</translation>
    </message>
    <message>
        <source>{name} can&apos;t be read: {error}.</source>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} 是空的（0 字节）。</translation>
    </message>
    <message>
        <source>{name} is {size}; the limit is {limit} (Settings).</source>
        <translation>{name} 大小为 {size}；上限为 {limit}（设置）。</translation>
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
    <name>ModelField</name>
    <message>
        <source>Open on the Hub ↗</source>
        <translation>在 Hub 上打开 ↗</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Clear the model (use the task&apos;s default)</source>
        <translation>清除模型（使用任务的默认模型）</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the Hub</source>
        <translation>在 Hub 上打开模型页面</translation>
    </message>
    <message>
        <source>A model id from the Hub (owner/name): type to search the Hub. Or a named endpoint, or a full endpoint URL (https://…). Empty: the task&apos;s default model, {model}</source>
        <translation>Hub 上的模型 ID（所有者/名称）：输入以搜索 Hub。也可以是命名端点或完整的端点 URL（https://…）。留空：任务的默认模型 {model}</translation>
    </message>
    <message>
        <source>Open {url} in the browser</source>
        <translation>在浏览器中打开 {url}</translation>
    </message>
    <message>
        <source>Only models from the Hub have a page there</source>
        <translation>只有 Hub 上的模型在那里有页面</translation>
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
        <source>Endpoint “{name}” · {mark}: {sent}</source>
        <translation>端点“{name}” · {mark}：{sent}</translation>
    </message>
    <message>
        <source>Hub unreachable: showing recent and default models</source>
        <translation>无法连接 Hub：显示最近使用的模型和默认模型</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <translation>关闭此通知</translation>
    </message>
    <message>
        <source>Close: {name}</source>
        <translation>关闭：{name}</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <source>Wait for the model to load</source>
        <translation>等待模型加载</translation>
    </message>
    <message>
        <source>If the model is not loaded yet, hold the request until it is, instead of getting a 503.</source>
        <translation>如果模型尚未加载，请求会等到加载完成，而不是得到 503。</translation>
    </message>
    <message>
        <source>Use the server&apos;s cache</source>
        <translation>使用服务器缓存</translation>
    </message>
    <message>
        <source>Uncheck to force a new computation for an input the server has seen before.</source>
        <translation>取消勾选可对服务器见过的输入强制重新计算。</translation>
    </message>
    <message>
        <source>Retry once when the model is loading</source>
        <translation>模型加载中时重试一次</translation>
    </message>
    <message>
        <source>On a 503 &quot;model is loading&quot;, show the progress and retry, waiting for the model.</source>
        <translation>遇到 503 “model is loading” 时，显示进度并在等待模型后重试。</translation>
    </message>
    <message>
        <source>Don&apos;t load the model</source>
        <translation>不加载模型</translation>
    </message>
    <message>
        <source>Only answer if the model is already loaded; never start loading it.</source>
        <translation>仅在模型已加载时应答；从不开始加载模型。</translation>
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
    <name>ParametersForm</name>
    <message>
        <source>default</source>
        <extracomment>A parameter not set (the model&apos;s default applies), as its field shows it.</extracomment>
        <translation>默认</translation>
    </message>
    <message>
        <source>Range: {low} to {high}.</source>
        <translation>范围：{low} 到 {high}。</translation>
    </message>
    <message>
        <source>Model default: {default}.</source>
        <translation>模型默认值：{default}。</translation>
    </message>
    <message>
        <source>Clear (use the model&apos;s default)</source>
        <translation>清除（使用模型的默认值）</translation>
    </message>
    <message>
        <source>This task has no parameters.</source>
        <translation>此任务没有参数。</translation>
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
    <name>PresentError</name>
    <message>
        <source>unexpected result: expected {expected} (Blob), got {value}</source>
        <translation>意外的结果：应为 {expected}（Blob），实际为 {value}</translation>
    </message>
    <message>
        <source>{shape} (one value per input row)</source>
        <translation>{shape}（每个输入行一个值）</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Generated audio</source>
        <translation>生成的音频</translation>
    </message>
    <message>
        <source>audio {index} ({label})</source>
        <translation>音频 {index}（{label}）</translation>
    </message>
    <message>
        <source>unexpected result: answer cell (row {row}, column {column}) is outside the input table ({rows}, {columns})</source>
        <translation>意外的结果：答案单元格（第 {row} 行，第 {column} 列）超出了输入表格（{rows}，{columns}）</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation>{n} 列</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} 列</translation>
    </message>
    <message>
        <source>unexpected result: {values} predicted values for {rows} input rows</source>
        <translation>意外的结果：{rows} 个输入行却有 {values} 个预测值</translation>
    </message>
    <message>
        <source>{shape} (one score per sentence)</source>
        <translation>{shape}（每个句子一个得分）</translation>
    </message>
    <message>
        <source>unexpected result: {labels} but {scores} for {sequence}</source>
        <translation>意外的结果：{sequence} 有 {labels}，却有 {scores}</translation>
    </message>
    <message>
        <source>{n} label</source>
        <translation>{n} 个标签</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>{n} 个标签</translation>
    </message>
    <message>
        <source>{n} score</source>
        <translation>{n} 个得分</translation>
    </message>
    <message>
        <source>{n} scores</source>
        <translation>{n} 个得分</translation>
    </message>
    <message>
        <source>unexpected result: {scores} for {sentences}</source>
        <translation>意外的结果：{scores}对应 {sentences}</translation>
    </message>
    <message>
        <source>{n} similarity score</source>
        <translation>{n} 个相似度得分</translation>
    </message>
    <message>
        <source>{n} similarity scores</source>
        <translation>{n} 个相似度得分</translation>
    </message>
    <message>
        <source>{n} sentence</source>
        <translation>{n} 个句子</translation>
    </message>
    <message>
        <source>{n} sentences</source>
        <translation>{n} 个句子</translation>
    </message>
    <message>
        <source>unexpected result: expected {expected}, got {value}</source>
        <translation>意外的结果：应为 {expected}，实际为 {value}</translation>
    </message>
    <message>
        <source>audio {label} is empty (0 bytes)</source>
        <translation>音频 {label} 为空（0 字节）</translation>
    </message>
    <message>
        <source>{what} is not valid base64 ({error})</source>
        <translation>{what} 不是有效的 base64（{error}）</translation>
    </message>
    <message>
        <source>{what} is not a PNG image (it starts with {start})</source>
        <translation>{what} 不是 PNG 图像（开头为 {start}）</translation>
    </message>
    <message>
        <source>mask {index} ({label})</source>
        <translation>掩码 {index}（{label}）</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>{shape} or a list of them</source>
        <translation>{shape} 或其列表</translation>
    </message>
    <message>
        <source>{name} events {shape}</source>
        <translation>{name} 事件 {shape}</translation>
    </message>
    <message>
        <source>a list of numbers, nested up to {depth} levels</source>
        <translation>数字列表（最多嵌套 {depth} 层）</translation>
    </message>
    <message>
        <source>{expected} (found an empty list)</source>
        <translation>{expected}（发现了空列表）</translation>
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
        <source>Only hf-inference serves it for {task}: its 2023 call, below</source>
        <translation>只有 hf-inference 为 {task} 提供此模型：即下方的 2023 调用</translation>
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
    <name>ReplyStats</name>
    <message>
        <source>{seconds} s to first token</source>
        <translation>首个词元 {seconds} 秒</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} 词元/秒</translation>
    </message>
    <message>
        <source>~{count} tokens (counted chunks)</source>
        <translation>约 {count} 个词元（按数据块计）</translation>
    </message>
    <message>
        <source>{count} tokens ({prompt} in)</source>
        <translation>{count} 个词元（输入 {prompt} 个）</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} 个词元</translation>
    </message>
    <message>
        <source>via {provider}</source>
        <translation>经由 {provider}</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Markdown 报告 (*.md)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The report could not be made: {why}</source>
        <translation>无法生成报告：{why}</translation>
    </message>
    <message>
        <source>Report saved as {name}</source>
        <translation>报告已保存为 {name}</translation>
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
    <name>ResultFreshness</name>
    <message>
        <source>Out of date</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>The inputs have changed since this result was made. Run again to update it, or change them back.</source>
        <translation>生成此结果后输入已更改。请再次运行以更新结果，或把输入改回去。</translation>
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
    <name>RouterSwitchNotice</name>
    <message>
        <source>Call hf-inference below the router from now on</source>
        <translation>从现在起调用路由器下的 hf-inference</translation>
    </message>
    <message>
        <source>Switched to the router: the Inference API is {url}.</source>
        <translation>已切换到路由器：Inference API 现在是 {url}。</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <extracomment>To a question before the run is sent.</extracomment>
        <translation>等待您的回答</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <extracomment>Tasks whose run has not reached its outcome (left before run_completed).</extracomment>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>未发送：{error}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>RunDriver</name>
    <message>
        <source>Cancelled</source>
        <extracomment>The words of a run that was cancelled (a stream&apos;s banner says it too).</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Open on the {title} page</source>
        <translation>在“{title}”页面打开</translation>
    </message>
    <message>
        <source>Show this model and your inputs on the {title} page</source>
        <translation>在“{title}”页面显示此模型和您的输入</translation>
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
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Model is loading, waiting for it</source>
        <translation>模型加载中，正在等待</translation>
    </message>
    <message>
        <source>~{seconds} s left</source>
        <translation>剩余约 {seconds} 秒</translation>
    </message>
    <message>
        <source>almost ready</source>
        <translation>即将就绪</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Local servers</source>
        <translation>本地服务器</translation>
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
    <name>SettingsProblems</name>
    <message>
        <source>expected a URL starting with https:// (or http://)</source>
        <extracomment>The context of the problems below (the UI translates them: ``ui.i18n.shown``).</extracomment>
        <translation>应为以 https://（或 http://）开头的 URL</translation>
    </message>
    <message>
        <source>a URL cannot contain spaces</source>
        <translation>URL 不能包含空格</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>不是有效的 URL</translation>
    </message>
    <message>
        <source>a URL with a user name or password in it is not accepted</source>
        <translation>不接受包含用户名或密码的 URL</translation>
    </message>
    <message>
        <source>the URL has no valid host name</source>
        <translation>URL 中没有有效的主机名</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;.&apos; and &apos;-&apos; (at most 40; it names the provider)</source>
        <extracomment>A profile&apos;s name is the second half of its provider choice (&quot;local:&lt;name&gt;&quot;).</extracomment>
        <translation>小写字母、数字、&apos;.&apos; 和 &apos;-&apos;（最多 40 个；它就是提供商的名称）</translation>
    </message>
    <message>
        <source>the name {name!r} is not one: {rule}</source>
        <extracomment>The kinds a profile may have (the engine is no profile: the app starts it).</extracomment>
        <translation>名称 {name!r} 不符合要求：{rule}</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}</source>
        <translation>未知类型 {kind!r}</translation>
    </message>
    <message>
        <source>a server&apos;s URL cannot have a query (?…) or a fragment (#…)</source>
        <translation>服务器的 URL 不能带查询（?…）或片段（#…）</translation>
    </message>
    <message>
        <source>{retired} is retired (it answers 410 Gone): the router is {router}</source>
        <extracomment>Before origins: host names alone. Read once, as https on the default port (see Settings.trusted_origins), then removed. The keys a change of which needs a new client. The keys whose values decide where the access token may go. A provider&apos;s name (the client&apos;s own check): a choice that is not one is ignored. The default provider policies, as the provider picker and the client name them (&quot;auto&quot;: the auto router&apos;s default, the fastest provider). Another name of a policy, read as the policy.</extracomment>
        <translation>{retired} 已停用（它返回 410 Gone）：路由器地址是 {router}</translation>
    </message>
    <message>
        <source>unknown provider policy {policy!r}: one of {policies}</source>
        <translation>未知的提供商策略 {policy!r}：应为 {policies} 之一</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>请为端点命名</translation>
    </message>
    <message>
        <source>your token is never sent over plain http to another machine: use https://, or untick Trusted</source>
        <translation>你的令牌绝不会通过明文 http 发送到其他机器：请使用 https://，或取消勾选“受信任”</translation>
    </message>
    <message>
        <source>the name {name!r} is used twice</source>
        <translation>名称 {name!r} 重复使用</translation>
    </message>
    <message>
        <source>a base URL cannot have a query (?…) or a fragment (#…)</source>
        <translation>基础 URL 不能带查询（?…）或片段（#…）</translation>
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
    <message>
        <source>Start the round, or the next one</source>
        <extracomment>Keeps a vote; returns it as kept (the manager&apos;s store, through the bridge).</extracomment>
        <translation>开始这一轮或下一轮</translation>
    </message>
    <message>
        <source>Vote A is better</source>
        <translation>投票：A 更好</translation>
    </message>
    <message>
        <source>Vote B is better</source>
        <translation>投票：B 更好</translation>
    </message>
    <message>
        <source>Vote a tie</source>
        <translation>投票：平局</translation>
    </message>
    <message>
        <source>Vote both are bad</source>
        <translation>投票：都不好</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Filter the tasks (type to replace the filter)</source>
        <translation>筛选任务（输入即替换筛选条件）</translation>
    </message>
    <message>
        <source>Task page</source>
        <translation>任务页面</translation>
    </message>
    <message>
        <source>Copy the request as code (the language last chosen)</source>
        <translation>把请求复制为代码（上次选择的语言）</translation>
    </message>
    <message>
        <source>Save the result to a file</source>
        <translation>把结果保存到文件</translation>
    </message>
    <message>
        <source>Run the model</source>
        <translation>运行模型</translation>
    </message>
    <message>
        <source>Cancel the call in flight</source>
        <translation>取消进行中的调用</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>删除选中的运行</translation>
    </message>
    <message>
        <source>Open the selected run on its page</source>
        <translation>在其页面打开选中的运行</translation>
    </message>
    <message>
        <source>Comparison window</source>
        <translation>比较窗口</translation>
    </message>
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
        <source>Arena window</source>
        <translation>竞技场窗口</translation>
    </message>
    <message>
        <source>Start the round, or the next one</source>
        <translation>开始这一轮或下一轮</translation>
    </message>
    <message>
        <source>Vote A is better</source>
        <translation>投票：A 更好</translation>
    </message>
    <message>
        <source>Vote B is better</source>
        <translation>投票：B 更好</translation>
    </message>
    <message>
        <source>Vote a tie</source>
        <translation>投票：平局</translation>
    </message>
    <message>
        <source>Vote both are bad</source>
        <translation>投票：都不好</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
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
    <name>Sizes</name>
    <message>
        <source>{size} KB</source>
        <extracomment>The context of the sizes&apos; units (the UI translates them: ``ui.i18n.shown``).</extracomment>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} byte</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
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
    <message>
        <source>Copy as code · {title}</source>
        <translation>复制为代码 · {title}</translation>
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
        <source>Run</source>
        <extracomment>A past run (history) is on show; ``last_run`` is it (not emitted for new runs). An input, the model, a parameter or an option changed. (bool) The result on show started or stopped matching the form (result_freshness).</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{label} (optional)</source>
        <translation>{label}（可选）</translation>
    </message>
    <message>
        <source>Parameters ({count})</source>
        <translation>参数（{count}）</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
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
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Fill the form with this example</source>
        <translation>用此示例填写表单</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>未发送：{error}</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>Fill in the form or click an example, then press Run ({keys}): the result shows here.</source>
        <translation>填写表单或点击一个示例，然后按“运行”（{keys}）：结果将显示在这里。</translation>
    </message>
</context>
<context>
    <name>TaskSidebar</name>
    <message>
        <source>Filter tasks…</source>
        <translation>筛选任务…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No task matches “{text}”.</source>
        <translation>没有与“{text}”匹配的任务。</translation>
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
    <name>TokenGate</name>
    <message>
        <source>Send your access token?</source>
        <translation>发送您的访问令牌？</translation>
    </message>
    <message>
        <source>Send your access token to &lt;b&gt;{origin}&lt;/b&gt;?</source>
        <translation>将您的访问令牌发送到 &lt;b&gt;{origin}&lt;/b&gt;？</translation>
    </message>
    <message>
        <source>It is plain http: only this machine can read it on the way.</source>
        <translation>这是明文 http：只有本机能在传输途中读取它。</translation>
    </message>
    <message>
        <source>{origin} is not a Hugging Face server. Whoever runs it could use your token as you. Send it only to servers you trust; other ports or schemes of the same host are asked about separately.</source>
        <translation>{origin} 不是 Hugging Face 服务器。运营它的人可以冒用您的身份使用令牌。请只发送给您信任的服务器；同一主机的其他端口或协议会单独询问。</translation>
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
<context>
    <name>TokenHelpDialog</name>
    <message>
        <source>Many models answer only with a Hugging Face access token, and every call counts against its account&apos;s limits. An account and a token are free.</source>
        <extracomment>The steps, with {tokens_page} and {permission} filled in when shown.</extracomment>
        <translation>许多模型只在带有 Hugging Face 访问令牌时才会应答，且每次调用都计入该账户的限额。账户和令牌都是免费的。</translation>
    </message>
    <message>
        <source>1. Sign in (or sign up) on huggingface.co and open &lt;a href=&apos;{tokens_page}&apos;&gt;Settings ▸ Access Tokens&lt;/a&gt;.</source>
        <translation>1. 在 huggingface.co 登录（或注册），打开 &lt;a href=&apos;{tokens_page}&apos;&gt;Settings ▸ Access Tokens&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>2. &lt;b&gt;Create new token&lt;/b&gt;, type &lt;b&gt;Fine-grained&lt;/b&gt;, any name (say “hfi desktop”); under &lt;i&gt;Inference&lt;/i&gt;, tick &lt;b&gt;{permission}&lt;/b&gt;. Nothing else is needed. Create it and copy it (it starts with &lt;tt&gt;hf_&lt;/tt&gt;).</source>
        <translation>2. 点 &lt;b&gt;Create new token&lt;/b&gt;，类型选 &lt;b&gt;Fine-grained&lt;/b&gt;，名称任意（比如 “hfi desktop”）；在 &lt;i&gt;Inference&lt;/i&gt; 下勾选 &lt;b&gt;{permission}&lt;/b&gt;，其他都不需要。创建并复制令牌（以 &lt;tt&gt;hf_&lt;/tt&gt; 开头）。</translation>
    </message>
    <message>
        <source>3. In this app: &lt;b&gt;File ▸ Settings… ▸ Account&lt;/b&gt;, &lt;b&gt;Replace…&lt;/b&gt;, paste the token, &lt;b&gt;Save&lt;/b&gt;. It is kept in the system keyring (or, without one, in a file only you can read), never in logs, history or saved results.</source>
        <translation>3. 在本应用中：&lt;b&gt;文件 ▸ 设置… ▸ 账户&lt;/b&gt;，点 &lt;b&gt;替换…&lt;/b&gt;，粘贴令牌，点 &lt;b&gt;保存&lt;/b&gt;。令牌保存在系统密钥环中（没有密钥环时保存在只有您能读取的文件中），绝不会写入日志、历史记录或保存的结果。</translation>
    </message>
    <message>
        <source>A token in the HF_TOKEN environment variable, or saved by “hf auth login”, is found too.</source>
        <translation>HF_TOKEN 环境变量中的令牌，或由 “hf auth login” 保存的令牌，也会被找到。</translation>
    </message>
    <message>
        <source>How to add a token</source>
        <translation>如何添加令牌</translation>
    </message>
    <message>
        <source>Open the tokens page ↗</source>
        <translation>打开令牌页面 ↗</translation>
    </message>
    <message>
        <source>Open Settings ▸ Account</source>
        <translation>打开 设置 ▸ 账户</translation>
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
