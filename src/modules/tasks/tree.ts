import type { Task, TaskNode } from './schemas.js'

/** Nests tasks under their parents, keeping the given sibling order. */
export function buildTree (tasks: Task[]): TaskNode[] {
  const nodes = new Map(tasks.map((task): [number, TaskNode] => [task.id, { task, children: [] }]))
  const roots: TaskNode[] = []
  for (const node of nodes.values()) {
    const parent = node.task.parentId === null ? undefined : nodes.get(node.task.parentId)
    if (parent === undefined) roots.push(node)
    else parent.children.push(node)
  }
  return roots
}
