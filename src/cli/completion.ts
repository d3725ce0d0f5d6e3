/** `extract completion bash|zsh`: a shell completion script generated from the command tree. */
import type { Command } from 'commander';

interface Node {
  /** the command path, e.g. "rules list" ("" for extract itself) */
  readonly path: string;
  readonly subcommands: readonly string[];
  readonly options: readonly string[];
}

function walk(cmd: Command, prefix: string, out: Node[]): void {
  const flags = cmd.options.flatMap((o) => [o.short, o.long].filter((f): f is string => f !== undefined));
  const subs = cmd.commands.map((c) => c.name());
  out.push({ path: prefix, subcommands: subs, options: [...flags, '--help'].sort() });
  for (const c of cmd.commands) walk(c, prefix === '' ? c.name() : `${prefix} ${c.name()}`, out);
}

export function commandTree(program: Command): Node[] {
  const out: Node[] = [];
  walk(program, '', out);
  return out;
}

export function bashCompletion(program: Command): string {
  const cases = commandTree(program)
    .map((n) => `    "${n.path}") words_="${[...n.subcommands, ...n.options].join(' ')}" ;;`)
    .join('\n');
  return `# bash completion for extract: eval "$(extract completion bash)" (or save it in ~/.local/share/bash-completion/completions/extract)
_extract_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path_="" w i words_=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in -*) continue ;; esac
    case "\${path_:+$path_ }$w" in
${pathCases(program)}
    esac
  done
  case "$path_" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$words_" -- "$cur"))
  [[ "$cur" != -* ]] && COMPREPLY+=($(compgen -f -- "$cur"))
  return 0
}
complete -o filenames -F _extract_complete extract
`;
}

/** The shell `case` arms that follow the words typed so far down the command tree (bash and zsh alike). */
function pathCases(program: Command): string {
  return commandTree(program)
    .filter((n) => n.path !== '')
    .map((n) => `      "${n.path}") path_="${n.path}" ;;`)
    .join('\n');
}

export function zshCompletion(program: Command): string {
  const cases = commandTree(program)
    .map((n) => `    "${n.path}") words_=(${[...n.subcommands, ...n.options].join(' ')}) ;;`)
    .join('\n');
  return `#compdef extract
# zsh completion for extract: eval "$(extract completion zsh)" (or save it as _extract in a folder of $fpath)
_extract() {
  local path_="" w i
  local -a words_
  for ((i = 2; i < CURRENT; i++)); do
    w="\${words[i]}"
    [[ "$w" == -* ]] && continue
    case "\${path_:+$path_ }$w" in
${pathCases(program)}
    esac
  done
  case "$path_" in
${cases}
  esac
  compadd -a words_
  _files
}
compdef _extract extract
`;
}
