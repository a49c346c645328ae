// Lets the app's identity pull images (AcrPull) from a registry, which may be in another resource group:
// deploy this module with that resource group as its scope.

@description('Name of an existing registry in this module\'s resource group.')
param registryName string

@description('Principal (object) ID of the app\'s managed identity.')
param principalId string

var acrPullRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, principalId, acrPullRole)
  scope: registry
  properties: {
    roleDefinitionId: acrPullRole
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
